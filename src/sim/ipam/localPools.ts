import { checkLocalSubnet } from './cidr';
import { ipamError, type IpamError } from './errors';
import { lowestFreeSubnet, type PoolSplit } from './lowestFreeSubnet';

/** Docker's default local address pools, in order (libnetwork ipamutils.localScopeDefaultNetworks). */
export const localPools: readonly PoolSplit[] = [
  { base: '172.17.0.0/16', size: 16 },
  { base: '172.18.0.0/16', size: 16 },
  { base: '172.19.0.0/16', size: 16 },
  { base: '172.20.0.0/14', size: 16 },
  { base: '172.24.0.0/14', size: 16 },
  { base: '172.28.0.0/14', size: 16 },
  { base: '192.168.0.0/16', size: 20 },
];

/**
 * The subnet a new local network gets: the first default pool block overlapping none of `used`
 * (pass the host's own networks too, Docker skips those). `nextLocalSubnet([])` -> `'172.17.0.0/16'`.
 */
export function nextLocalSubnet(used: readonly string[]): string | IpamError {
  return lowestFreeSubnet(localPools, used) ?? ipamError('pools-exhausted');
}

export { checkLocalSubnet };
