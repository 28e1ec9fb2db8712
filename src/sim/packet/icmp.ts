import { internetChecksum } from './checksum';

/** Default echo payload size of Linux ping, in bytes (84-byte IP packet). */
export const PING_PAYLOAD_LENGTH = 56;
/** Most of the offending datagram an ICMP error carries (576-byte limit minus IP and ICMP headers). */
export const ICMP_ERROR_QUOTE_LIMIT = 548;

/** ICMP echo request or reply. */
export interface IcmpEcho {
  kind: 'icmp';
  type: 'echo-request' | 'echo-reply';
  id: number;
  seq: number;
  /** Default: pingPayload(0). */
  payload?: Uint8Array;
}

/** ICMP destination unreachable, code 4: fragmentation needed and DF set. */
export interface IcmpFragNeeded {
  kind: 'icmp';
  type: 'frag-needed';
  /** Next-hop MTU in bytes. */
  mtu: number;
  /** The offending IPv4 packet; truncated to ICMP_ERROR_QUOTE_LIMIT bytes. */
  original: Uint8Array;
}

export type Icmp = IcmpEcho | IcmpFragNeeded;

/**
 * Linux ping's echo payload: a struct timeval (seconds, microseconds as little-endian 64-bit)
 * then the byte pattern i for i = 16..length-1 (0x10..0x37 for 56 bytes).
 * @example pingPayload(1_500_000_000_000_000_000n)
 */
export function pingPayload(sentAtNs: bigint | number = 0, length = PING_PAYLOAD_LENGTH): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 16; i < length; i++) out[i] = i & 0xff;
  if (length >= 16) {
    const ns = BigInt(sentAtNs);
    const view = new DataView(out.buffer);
    view.setBigUint64(0, ns / 1_000_000_000n, true);
    view.setBigUint64(8, (ns % 1_000_000_000n) / 1000n, true);
  }
  return out;
}

/** Encodes an ICMP message with its checksum. */
export function encodeIcmp(message: Icmp): Uint8Array {
  const body = message.type === 'frag-needed'
    ? message.original.subarray(0, ICMP_ERROR_QUOTE_LIMIT)
    : (message.payload ?? pingPayload());
  const out = new Uint8Array(8 + body.length);
  const view = new DataView(out.buffer);
  if (message.type === 'frag-needed') {
    out[0] = 3;
    out[1] = 4;
    view.setUint16(6, message.mtu);
  } else {
    out[0] = message.type === 'echo-request' ? 8 : 0;
    view.setUint16(4, message.id & 0xffff);
    view.setUint16(6, message.seq & 0xffff);
  }
  out.set(body, 8);
  view.setUint16(2, internetChecksum(out));
  return out;
}
