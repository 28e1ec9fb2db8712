import { internetChecksum, pseudoHeaderSum } from './checksum';
import { IP_PROTOCOL } from './ipv4';

/** UDP header length in bytes. */
export const UDP_HEADER_LENGTH = 8;

/** UDP ports; length and checksum are computed. */
export interface UdpHeader {
  kind: 'udp';
  srcPort: number;
  dstPort: number;
}

/** Encodes a UDP datagram (header + payload) with its checksum over the IPv4 pseudo-header. */
export function encodeUdp(header: UdpHeader, payload: Uint8Array, src: string, dst: string): Uint8Array {
  const length = UDP_HEADER_LENGTH + payload.length;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint16(0, header.srcPort);
  view.setUint16(2, header.dstPort);
  view.setUint16(4, length);
  out.set(payload, UDP_HEADER_LENGTH);
  const sum = internetChecksum(out, pseudoHeaderSum(src, dst, IP_PROTOCOL.udp, length));
  // A computed zero is sent as all ones; zero on the wire means "no checksum" (RFC 768).
  view.setUint16(6, sum === 0 ? 0xffff : sum);
  return out;
}
