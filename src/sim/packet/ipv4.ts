import { writeIpv4 } from './address';
import { internetChecksum } from './checksum';

/** IP protocol numbers used by the playground. */
export const IP_PROTOCOL = { icmp: 1, tcp: 6, udp: 17, esp: 50 } as const;
/** IPv4 header length without options, in bytes. */
export const IPV4_HEADER_LENGTH = 20;

/** IPv4 header fields a caller chooses; version, lengths, protocol and checksum are computed. */
export interface Ipv4Header {
  src: string;
  dst: string;
  /** Default 64 (Linux). */
  ttl?: number;
  /** Identification; default 0. */
  id?: number;
  /** Don't Fragment; default true (Linux path MTU discovery). */
  dontFragment?: boolean;
  /** 6-bit DSCP; default 0. */
  dscp?: number;
  /** 2-bit ECN; default 0. */
  ecn?: number;
}

/** Encodes a 20-byte IPv4 header (no options) with its header checksum. */
export function encodeIpv4(header: Ipv4Header, protocol: number, payloadLength: number): Uint8Array {
  const totalLength = IPV4_HEADER_LENGTH + payloadLength;
  if (totalLength > 0xffff) throw new Error(`IPv4 packet too long: ${totalLength}`);
  const out = new Uint8Array(IPV4_HEADER_LENGTH);
  const view = new DataView(out.buffer);
  out[0] = 0x45;
  out[1] = (((header.dscp ?? 0) & 0x3f) << 2) | ((header.ecn ?? 0) & 0x3);
  view.setUint16(2, totalLength);
  view.setUint16(4, (header.id ?? 0) & 0xffff);
  view.setUint16(6, header.dontFragment === false ? 0 : 0x4000);
  out[8] = header.ttl ?? 64;
  out[9] = protocol;
  writeIpv4(out, 12, header.src);
  writeIpv4(out, 16, header.dst);
  view.setUint16(10, internetChecksum(out));
  return out;
}
