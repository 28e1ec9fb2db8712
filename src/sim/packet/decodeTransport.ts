import { hex } from './address';
import { pseudoHeaderSum } from './checksum';
import { ESP_HEADER_LENGTH, ESP_ICV_LENGTH, ESP_IV_LENGTH } from './esp';
import { IP_PROTOCOL } from './ipv4';
import { addData, addField, addLayer, checksumDisplay, decHex16, expectedChecksum, type DecodeContext } from './layer';
import { TCP_FLAG_BITS } from './tcp';
import { VXLAN_HEADER_LENGTH } from './vxlan';

/** Ports of a decoded UDP datagram or TCP segment, and where its payload lies. */
export interface Ports {
  srcPort: number;
  dstPort: number;
  payload: { offset: number; end: number };
}

const ICMP_TYPES: Record<number, string> = { 0: 'Echo (ping) reply', 3: 'Destination unreachable', 8: 'Echo (ping) request', 11: 'Time-to-live exceeded' };

/** Decodes an ICMP message occupying [offset, end). */
export function decodeIcmp(ctx: DecodeContext, offset: number, end: number): void {
  if (end - offset < 8) return addData(ctx, offset, end, 'Truncated ICMP header');
  const { bytes, view } = ctx;
  const type = bytes[offset] ?? 0;
  const code = bytes[offset + 1] ?? 0;
  const layer = addLayer(ctx, 'ICMP', offset, end);
  addField(layer, 'Type', offset, 1, `${type} (${ICMP_TYPES[type] ?? 'Unknown'})`);
  addField(layer, 'Code', offset + 1, 1, type === 3 && code === 4 ? '4 (Fragmentation needed)' : String(code));
  addField(layer, 'Checksum', offset + 2, 2, checksumDisplay(view.getUint16(offset + 2), expectedChecksum(bytes, offset, end, offset + 2)));
  if (type === 0 || type === 8) {
    addField(layer, 'Identifier', offset + 4, 2, decHex16(view.getUint16(offset + 4)));
    addField(layer, 'Sequence Number', offset + 6, 2, decHex16(view.getUint16(offset + 6)));
    if (end > offset + 8) addField(layer, 'Data', offset + 8, end - offset - 8, `(${end - offset - 8} bytes)`);
  } else if (type === 3) {
    addField(layer, 'Unused', offset + 4, 2, `0x${hex(view.getUint16(offset + 4), 4)}`);
    addField(layer, 'Next-Hop MTU', offset + 6, 2, String(view.getUint16(offset + 6)));
    if (end > offset + 8) addField(layer, 'Original Datagram', offset + 8, end - offset - 8, `(${end - offset - 8} bytes)`);
  } else if (end > offset + 4) {
    addField(layer, 'Rest of Message', offset + 4, end - offset - 4, `(${end - offset - 4} bytes)`);
  }
}

/** Decodes a UDP header at offset; the payload is left to the caller. */
export function decodeUdp(ctx: DecodeContext, offset: number, end: number, ip: { src: string; dst: string }): Ports | undefined {
  if (end - offset < 8) return void addData(ctx, offset, end, 'Truncated UDP header');
  const { bytes, view } = ctx;
  const length = view.getUint16(offset + 4);
  const stop = Math.min(end, offset + Math.max(length, 8));
  const stored = view.getUint16(offset + 6);
  const layer = addLayer(ctx, 'UDP', offset, offset + 8);
  const srcPort = view.getUint16(offset);
  const dstPort = view.getUint16(offset + 2);
  addField(layer, 'Source Port', offset, 2, String(srcPort));
  addField(layer, 'Destination Port', offset + 2, 2, String(dstPort));
  addField(layer, 'Length', offset + 4, 2, String(length));
  let checksum: string;
  if (stored === 0) checksum = '0x0000 [none]';
  else if (stop - offset < length) checksum = `0x${hex(stored, 4)} [unverified, truncated]`;
  else {
    const expected = expectedChecksum(bytes, offset, stop, offset + 6, pseudoHeaderSum(ip.src, ip.dst, IP_PROTOCOL.udp, length));
    checksum = checksumDisplay(stored, expected === 0 ? 0xffff : expected);
  }
  addField(layer, 'Checksum', offset + 6, 2, checksum);
  return { srcPort, dstPort, payload: { offset: offset + 8, end: stop } };
}

/** Decodes a TCP header (with options) at offset; the payload is left to the caller. */
export function decodeTcp(ctx: DecodeContext, offset: number, end: number, ip: { src: string; dst: string }): Ports | undefined {
  const { bytes, view } = ctx;
  const headerLength = ((bytes[offset + 12] ?? 0) >> 4) * 4;
  if (end - offset < 20 || headerLength < 20 || end - offset < headerLength) return void addData(ctx, offset, end, 'Malformed TCP header');
  const layer = addLayer(ctx, 'TCP', offset, offset + headerLength);
  const srcPort = view.getUint16(offset);
  const dstPort = view.getUint16(offset + 2);
  const flagBits = view.getUint16(offset + 12) & 0x1ff;
  const flagNames = (Object.keys(TCP_FLAG_BITS) as (keyof typeof TCP_FLAG_BITS)[]).filter((f) => flagBits & TCP_FLAG_BITS[f]);
  const expected = expectedChecksum(bytes, offset, end, offset + 16, pseudoHeaderSum(ip.src, ip.dst, IP_PROTOCOL.tcp, end - offset));
  addField(layer, 'Source Port', offset, 2, String(srcPort));
  addField(layer, 'Destination Port', offset + 2, 2, String(dstPort));
  addField(layer, 'Sequence Number', offset + 4, 4, String(view.getUint32(offset + 4)));
  addField(layer, 'Acknowledgment Number', offset + 8, 4, String(view.getUint32(offset + 8)));
  addField(layer, 'Header Length', offset + 12, 1, `${headerLength} bytes (${headerLength / 4})`);
  addField(layer, 'Flags', offset + 12, 2, `0x${hex(flagBits, 3)} (${flagNames.join(', ')})`);
  addField(layer, 'Window', offset + 14, 2, String(view.getUint16(offset + 14)));
  addField(layer, 'Checksum', offset + 16, 2, checksumDisplay(view.getUint16(offset + 16), expected));
  addField(layer, 'Urgent Pointer', offset + 18, 2, String(view.getUint16(offset + 18)));
  decodeTcpOptions(ctx, layer, offset + 20, offset + headerLength);
  return { srcPort, dstPort, payload: { offset: offset + headerLength, end } };
}

function decodeTcpOptions(ctx: DecodeContext, layer: ReturnType<typeof addLayer>, offset: number, end: number): void {
  let at = offset;
  while (at < end) {
    const kind = ctx.bytes[at] ?? 0;
    if (kind === 0) return addField(layer, 'End of Option List', at, end - at, '');
    if (kind === 1) {
      addField(layer, 'No-Operation', at, 1, '');
      at += 1;
      continue;
    }
    const length = ctx.bytes[at + 1] ?? 0;
    if (length < 2 || at + length > end) return addField(layer, 'Malformed Option', at, end - at, `kind ${kind}`);
    if (kind === 2 && length === 4) addField(layer, 'Maximum Segment Size', at, 4, `${ctx.view.getUint16(at + 2)} bytes`);
    else addField(layer, 'Option', at, length, `kind ${kind} (${length} bytes)`);
    at += length;
  }
}

/** Decodes a VXLAN header at offset; false (and nothing added) when it is not one. */
export function decodeVxlan(ctx: DecodeContext, offset: number, end: number): boolean {
  if (end - offset < VXLAN_HEADER_LENGTH || ((ctx.bytes[offset] ?? 0) & 0x08) === 0) return false;
  const vni = ctx.view.getUint32(offset + 4) >>> 8;
  const layer = addLayer(ctx, 'VXLAN', offset, offset + VXLAN_HEADER_LENGTH);
  addField(layer, 'Flags', offset, 1, `0x${hex(ctx.bytes[offset] ?? 0, 2)} (VNI valid)`);
  addField(layer, 'VNI', offset + 4, 3, String(vni));
  return true;
}

/** Decodes an ESP packet occupying [offset, end); the encrypted part stays opaque. */
export function decodeEsp(ctx: DecodeContext, offset: number, end: number): void {
  const fixed = ESP_HEADER_LENGTH + ESP_IV_LENGTH + ESP_ICV_LENGTH;
  if (end - offset < fixed) return addData(ctx, offset, end, 'Truncated ESP');
  const layer = addLayer(ctx, 'ESP', offset, end);
  const cipherStart = offset + ESP_HEADER_LENGTH + ESP_IV_LENGTH;
  addField(layer, 'SPI', offset, 4, `0x${hex(ctx.view.getUint32(offset), 8)}`);
  addField(layer, 'Sequence', offset + 4, 4, String(ctx.view.getUint32(offset + 4)));
  addField(layer, 'IV', offset + 8, ESP_IV_LENGTH, `(${ESP_IV_LENGTH} bytes)`);
  addField(layer, 'Encrypted Data', cipherStart, end - ESP_ICV_LENGTH - cipherStart, `(${end - ESP_ICV_LENGTH - cipherStart} bytes)`);
  addField(layer, 'ICV', end - ESP_ICV_LENGTH, ESP_ICV_LENGTH, `(${ESP_ICV_LENGTH} bytes)`);
}
