import { ipv4ToUint32 } from './address';

/** Ones'-complement sum of big-endian 16-bit words of bytes[start, end), added to initial; unfolded. */
export function onesSum(bytes: Uint8Array, start = 0, end = bytes.length, initial = 0): number {
  let sum = initial;
  let i = start;
  for (; i + 1 < end; i += 2) sum += ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  // An odd trailing byte is padded with a zero byte on the right.
  if (i < end) sum += (bytes[i] ?? 0) << 8;
  return sum;
}

/** Internet checksum (RFC 1071): the 16-bit value to store, computed over bytes plus an initial partial sum. */
export function internetChecksum(bytes: Uint8Array, initial = 0, start = 0, end = bytes.length): number {
  let sum = onesSum(bytes, start, end, initial);
  while (sum > 0xffff) sum = (sum & 0xffff) + Math.floor(sum / 0x10000);
  return ~sum & 0xffff;
}

/** Unfolded sum of the IPv4 pseudo-header (src, dst, zero, protocol, L4 length) for UDP/TCP checksums. */
export function pseudoHeaderSum(src: string, dst: string, protocol: number, length: number): number {
  const s = ipv4ToUint32(src);
  const d = ipv4ToUint32(dst);
  return (s >>> 16) + (s & 0xffff) + (d >>> 16) + (d & 0xffff) + protocol + length;
}
