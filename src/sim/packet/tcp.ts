import { internetChecksum, pseudoHeaderSum } from './checksum';
import { IP_PROTOCOL } from './ipv4';

/** TCP control flags, in header bit order from least significant. */
export const TCP_FLAG_BITS = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10 } as const;
export type TcpFlag = keyof typeof TCP_FLAG_BITS;

/** TCP segment header; data offset, checksum and options layout are computed. */
export interface TcpHeader {
  kind: 'tcp';
  srcPort: number;
  dstPort: number;
  seq: number;
  /** Acknowledgment number; default 0. */
  ack?: number;
  flags: TcpFlag[];
  /** Default 64240 (Linux initial window for a 1460-byte MSS). */
  window?: number;
  /** When set, a Maximum Segment Size option is added (normally only on SYN). */
  mss?: number;
}

/** Encodes a TCP segment (header + payload) with its checksum over the IPv4 pseudo-header. */
export function encodeTcp(header: TcpHeader, payload: Uint8Array, src: string, dst: string): Uint8Array {
  const headerLength = header.mss === undefined ? 20 : 24;
  const out = new Uint8Array(headerLength + payload.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, header.srcPort);
  view.setUint16(2, header.dstPort);
  view.setUint32(4, header.seq >>> 0);
  view.setUint32(8, (header.ack ?? 0) >>> 0);
  out[12] = (headerLength / 4) << 4;
  out[13] = header.flags.reduce((bits, flag) => bits | TCP_FLAG_BITS[flag], 0);
  view.setUint16(14, header.window ?? 64240);
  if (header.mss !== undefined) {
    out[20] = 2;
    out[21] = 4;
    view.setUint16(22, header.mss);
  }
  out.set(payload, headerLength);
  view.setUint16(16, internetChecksum(out, pseudoHeaderSum(src, dst, IP_PROTOCOL.tcp, out.length)));
  return out;
}
