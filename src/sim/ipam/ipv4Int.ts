import ipaddr from 'ipaddr.js';

/** An IPv4 block as unsigned 32-bit integers: `first` is the network address, `size` a power of two. */
export interface Block {
  readonly first: number;
  readonly size: number;
  readonly prefix: number;
}

/** `'10.0.0.6'` -> `167772166` (unsigned). */
export function ipToInt(ip: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = ipaddr.IPv4.parse(ip).octets;
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

/** `167772166` -> `'10.0.0.6'`. */
export function intToIp(n: number): string {
  return new ipaddr.IPv4([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]).toString();
}

/** Number of addresses in a /prefix. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** The block of a valid CIDR string; host bits are masked off. */
export function toBlock(cidr: string): Block {
  const [addr, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  const size = blockSize(prefix);
  const first = ipToInt(addr.toString());
  return { first: first - (first % size), size, prefix };
}

/** `'10.0.1.0/24'` form of a block. */
export function blockToCidr(b: Block): string {
  return `${intToIp(b.first)}/${b.prefix}`;
}

/** Whether two blocks share an address. */
export function blocksOverlap(a: Block, b: Block): boolean {
  return a.first < b.first + b.size && b.first < a.first + a.size;
}

/** First and last address a block may hand out: all but network and broadcast, except in a /31 or /32. */
export function usableRange(b: Block): { readonly lo: number; readonly hi: number } {
  return b.size > 2 ? { lo: b.first + 1, hi: b.first + b.size - 2 } : { lo: b.first, hi: b.first + b.size - 1 };
}
