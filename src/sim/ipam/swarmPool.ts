import { checkLocalSubnet } from './cidr';
import { ipamError, type IpamError } from './errors';
import { lowestFreeSubnet } from './lowestFreeSubnet';

/** `swarm init` defaults: `--default-addr-pool 10.0.0.0/8 --default-addr-pool-mask-length 24`. */
export const defaultSwarmPools: readonly string[] = ['10.0.0.0/8'];
export const defaultSwarmMaskLength = 24;

/**
 * The subnet a new swarm network gets: the lowest `/maskLength` block of `pools` overlapping none of
 * `used`, so freed blocks come back lowest first. `nextSwarmSubnet(['10.0.0.0/8'], 24, ['10.0.0.0/24'])`
 * -> `'10.0.1.0/24'`.
 */
export function nextSwarmSubnet(pools: readonly string[], maskLength: number, used: readonly string[]): string | IpamError {
  const splits = pools.map((base) => ({ base, size: maskLength }));
  return lowestFreeSubnet(splits, used) ?? ipamError('pools-exhausted');
}

/**
 * A swarm network's explicit `--subnet` against the other swarm networks. Real swarmkit accepts the
 * request and its allocator then logs this error, leaving the network unallocated (see errors.ts); the
 * playground refuses it at `network create` with the same words, so no address is ever handed out twice.
 */
export function checkSwarmSubnet(requested: string, used: readonly string[]): IpamError | null {
  return checkLocalSubnet(requested, used);
}
