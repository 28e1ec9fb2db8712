import { ipamError, type IpamError } from './errors';
import { intToIp, ipToInt, toBlock, usableRange } from './ipv4Int';

export { defaultGateway } from './cidr';

/** Input of one allocation: `reserved` holds the gateway and every address in use. */
export interface AllocationInput {
  readonly subnet: string;
  readonly reserved: ReadonlySet<string>;
}

/** Input of a serial allocation: `cursor` is the address this allocator gave last, or null. */
export interface SerialInput extends AllocationInput {
  readonly cursor: string | null;
  /** A service VIP: only the error key differs (`swarm-no-available-vip`). */
  readonly vip?: boolean;
}

function firstFree(reserved: ReadonlySet<string>, from: number, to: number): number | null {
  for (let n = from; n <= to; n++) if (!reserved.has(intToIp(n))) return n;
  return null;
}

/**
 * Swarm networks (libnetwork's serial mode): the first free address after `cursor`, wrapping to the
 * start, so a freed low address is not reused at once. Never the network or broadcast address.
 * Example: `allocateSerial({ subnet: '10.0.1.0/24', reserved: new Set(['10.0.1.1']), cursor: null })`
 * -> `{ ip: '10.0.1.2', cursor: '10.0.1.2' }`. Full: `swarm-no-available-ip` (`-vip` for a VIP).
 */
export function allocateSerial(input: SerialInput): { ip: string; cursor: string } | IpamError {
  const { lo, hi } = usableRange(toBlock(input.subnet));
  const after = input.cursor === null ? lo - 1 : ipToInt(input.cursor);
  const start = after >= lo && after < hi ? after + 1 : lo;
  const n = firstFree(input.reserved, start, hi) ?? firstFree(input.reserved, lo, start - 1);
  if (n === null) return ipamError(input.vip ? 'swarm-no-available-vip' : 'swarm-no-available-ip', { subnet: input.subnet });
  const ip = intToIp(n);
  return { ip, cursor: ip };
}

/**
 * Local bridges: the lowest free address. Never the network or broadcast address.
 * Example: `allocateFirstFree({ subnet: '172.18.0.0/16', reserved: new Set(['172.18.0.1']) })`
 * -> `{ ip: '172.18.0.2' }`. Full: `no-available-ips` (the caller adds `name` and `id`).
 */
export function allocateFirstFree(input: AllocationInput): { ip: string } | IpamError {
  const { lo, hi } = usableRange(toBlock(input.subnet));
  const n = firstFree(input.reserved, lo, hi);
  return n === null ? ipamError('no-available-ips', { subnet: input.subnet }) : { ip: intToIp(n) };
}
