/*
 * IPAM errors are values: a key and its parameters. A catalog elsewhere turns each key into Docker's
 * words. Wording below was read from the sources named (moby v29 / docker/cli v29.7.2, and the
 * docker-ce v17.10.0-ce tree for profile 17.10). "CLI" means docker/cli prints it before any request
 * (no "Error response from daemon: " prefix); every other text comes back from the daemon.
 *
 * | key                             | profile 29 wording                                                                     | source |
 * |---------------------------------|----------------------------------------------------------------------------------------|--------|
 * | invalid-cidr                    | netip.ParsePrefix("{subnet}"): {reason}                                                | CLI network/create.go createIPAMConfig (Go net/netip) |
 * | invalid-subnet-host-bits        | invalid network config:\ninvalid subnet {subnet}: it should be {masked}                | moby daemon/network.go validateIpamConfig |
 * | invalid-gateway-outside-subnet  | invalid network config:\ninvalid gateway {gateway}: parent subnet {subnet} doesn't contain this address | same |
 * | gateway-no-matching-subnet      | no matching subnet for gateway {gateway}                                               | CLI createIPAMConfig; runs before the daemon check above, so `docker network create` shows this one |
 * | pool-overlap                    | invalid pool request: Pool overlaps with other one on this address space               | libnetwork ipams/defaultipam RequestPool + ipamapi.ErrPoolOverlap |
 * | pools-exhausted                 | all predefined address pools have been fully subnetted                                 | libnetwork ipamapi.ErrNoMoreSubnets (since v27) |
 * | no-available-ips                | no available IPv4 addresses on this network's address pools: {name} ({id})             | libnetwork endpoint.go (local endpoints; caller adds name and id) |
 * | swarm-no-available-ip           | could not find an available IP                                                         | cnmallocator networkallocator.go (task/attachment; only logged by the manager) |
 * | swarm-no-available-vip          | could not find an available IP while allocating VIP                                    | same, for a service VIP |
 * | ipv6-not-simulated              | (playground words) IPv6 subnets are not simulated: {subnet}                            | - |
 *
 * Profile 17.10 differs:
 * - invalid-cidr: `Invalid subnet {subnet} : invalid CIDR address: {subnet}` (daemon getIpamConfig).
 * - invalid-subnet-host-bits and invalid-gateway-outside-subnet do not exist (validation came in v25);
 *   10.0.1.5/24 is silently used as 10.0.1.0/24.
 * - pool-overlap: `Pool overlaps with other one on this address space` (no "invalid pool request: ").
 * - pools-exhausted: `could not find an available, non-overlapping IPv4 address pool among the defaults
 *   to assign to the network`.
 * - no-available-ips and swarm-*: same words.
 *
 * An overlay created with a --subnet that overlaps another swarm network is accepted by
 * `docker network create` (swarmkit controlapi checks only syntax); the manager's allocator then
 * logs `Failed allocation for network <id>` with the pool-overlap error and the network stays
 * unallocated. The playground refuses it at create with that same pool-overlap error instead.
 */

/** Every key this module can return. */
export const ipamErrorKeys = [
  'invalid-cidr',
  'invalid-subnet-host-bits',
  'invalid-gateway-outside-subnet',
  'gateway-no-matching-subnet',
  'pool-overlap',
  'pools-exhausted',
  'no-available-ips',
  'swarm-no-available-ip',
  'swarm-no-available-vip',
  'ipv6-not-simulated',
] as const;

export type IpamErrorKey = (typeof ipamErrorKeys)[number];

export interface IpamError {
  readonly key: IpamErrorKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Builds an IPAM error value, e.g. `ipamError('pool-overlap')`. */
export function ipamError(key: IpamErrorKey, params: Record<string, string | number> = {}): IpamError {
  return { key, params };
}

/** True when `x` is an IPAM error value rather than a result. */
export function isIpamError(x: unknown): x is IpamError {
  return typeof x === 'object' && x !== null && 'key' in x && 'params' in x;
}
