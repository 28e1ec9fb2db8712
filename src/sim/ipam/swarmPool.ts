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
 * A swarm network's explicit `--subnet` against the other swarm networks. `docker network create`
 * still succeeds on overlap; this is the error the manager's allocator logs (see errors.ts).
 */
export function checkSwarmSubnet(requested: string, used: readonly string[]): IpamError | null {
  return checkLocalSubnet(requested, used);
}
