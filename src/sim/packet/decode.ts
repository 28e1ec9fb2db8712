import { formatIpv4, formatMac, hex } from './address';
import { decodeDnsLayer } from './decodeDns';
import { decodeEsp, decodeIcmp, decodeTcp, decodeUdp, decodeVxlan, type Ports } from './decodeTransport';
import { ETHERNET_HEADER_LENGTH, ETHERTYPE_IPV4 } from './ethernet';
import { IP_PROTOCOL, IPV4_HEADER_LENGTH } from './ipv4';
import { addData, addField, addLayer, checksumDisplay, expectedChecksum, type DecodeContext, type Layer } from './layer';
import { VXLAN_HEADER_LENGTH, VXLAN_PORT } from './vxlan';

export type { Field, Layer, LayerName } from './layer';

const PROTOCOL_NAMES: Record<number, string> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP', 50: 'ESP' };
const HTTP_START = /^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) \S+ HTTP\/1\.[01]\r\n|^HTTP\/1\.[01] \d{3}/;

/**
 * Decodes an Ethernet frame into layers (outermost first), descending into VXLAN inner frames.
 * Never throws: what cannot be parsed becomes a "Data" layer.
 * @example decodeFrame(encodeFrame(frame)).map((l) => l.name) // ['Ethernet II', 'IPv4', 'ICMP']
 */
export function decodeFrame(bytes: Uint8Array, options: { vxlanPort?: number } = {}): Layer[] {
  const ctx: DecodeContext = {
    bytes,
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
    layers: [],
    vxlanPort: options.vxlanPort ?? VXLAN_PORT,
  };
  decodeEthernet(ctx, 0, bytes.length);
  return ctx.layers;
}

function decodeEthernet(ctx: DecodeContext, offset: number, end: number): void {
  if (end - offset < ETHERNET_HEADER_LENGTH) return addData(ctx, offset, end, 'Truncated Ethernet header');
  const type = ctx.view.getUint16(offset + 12);
  const layer = addLayer(ctx, 'Ethernet II', offset, offset + ETHERNET_HEADER_LENGTH);
  addField(layer, 'Destination', offset, 6, formatMac(ctx.bytes, offset));
  addField(layer, 'Source', offset + 6, 6, formatMac(ctx.bytes, offset + 6));
  addField(layer, 'Type', offset + 12, 2, `${type === ETHERTYPE_IPV4 ? 'IPv4' : 'Unknown'} (0x${hex(type, 4)})`);
  if (type === ETHERTYPE_IPV4) decodeIpv4(ctx, offset + ETHERNET_HEADER_LENGTH, end);
  else addData(ctx, offset + ETHERNET_HEADER_LENGTH, end);
}

function decodeIpv4(ctx: DecodeContext, offset: number, end: number): void {
  const { bytes, view } = ctx;
  const first = bytes[offset] ?? 0;
  const headerLength = (first & 0x0f) * 4;
  if (end - offset < IPV4_HEADER_LENGTH || first >> 4 !== 4 || headerLength < IPV4_HEADER_LENGTH || end - offset < headerLength) {
    return addData(ctx, offset, end, 'Malformed IPv4 header');
  }
  const totalLength = view.getUint16(offset + 2);
  // Bytes past the total length are Ethernet padding, not IP payload.
  const stop = Math.min(end, offset + Math.max(totalLength, headerLength));
  const layer = addLayer(ctx, 'IPv4', offset, offset + headerLength);
  const tos = bytes[offset + 1] ?? 0;
  const flags = view.getUint16(offset + 6);
  const protocol = bytes[offset + 9] ?? 0;
  const stored = view.getUint16(offset + 10);
  const src = formatIpv4(bytes, offset + 12);
  const dst = formatIpv4(bytes, offset + 16);
  addField(layer, 'Version', offset, 1, '4');
  addField(layer, 'Header Length', offset, 1, `${headerLength} bytes (${headerLength / 4})`);
  addField(layer, 'Differentiated Services', offset + 1, 1, `0x${hex(tos, 2)} (DSCP ${tos >> 2}, ECN ${tos & 3})`);
  addField(layer, 'Total Length', offset + 2, 2, String(totalLength));
  addField(layer, 'Identification', offset + 4, 2, `0x${hex(view.getUint16(offset + 4), 4)} (${view.getUint16(offset + 4)})`);
  addField(layer, 'Flags', offset + 6, 1, ipFlags(flags >> 13));
  addField(layer, 'Fragment Offset', offset + 6, 2, String(flags & 0x1fff));
  addField(layer, 'Time to Live', offset + 8, 1, String(bytes[offset + 8]));
  addField(layer, 'Protocol', offset + 9, 1, `${PROTOCOL_NAMES[protocol] ?? 'Unknown'} (${protocol})`);
  addField(layer, 'Header Checksum', offset + 10, 2, checksumDisplay(stored, expectedChecksum(bytes, offset, offset + headerLength, offset + 10)));
  addField(layer, 'Source Address', offset + 12, 4, src);
  addField(layer, 'Destination Address', offset + 16, 4, dst);
  if (headerLength > IPV4_HEADER_LENGTH) addField(layer, 'Options', offset + 20, headerLength - 20, `(${headerLength - 20} bytes)`);
  const start = offset + headerLength;
  if ((flags & 0x1fff) !== 0) return addData(ctx, start, stop, 'Fragment');
  const ip = { src, dst };
  if (protocol === IP_PROTOCOL.icmp) decodeIcmp(ctx, start, stop);
  else if (protocol === IP_PROTOCOL.esp) decodeEsp(ctx, start, stop);
  else if (protocol === IP_PROTOCOL.udp) decodeUdpPayload(ctx, decodeUdp(ctx, start, stop, ip));
  else if (protocol === IP_PROTOCOL.tcp) decodeTcpPayload(ctx, decodeTcp(ctx, start, stop, ip));
  else addData(ctx, start, stop);
  addData(ctx, stop, end, 'Trailer');
}

function decodeUdpPayload(ctx: DecodeContext, ports: Ports | undefined): void {
  if (!ports) return;
  const { offset, end } = ports.payload;
  if (ports.dstPort === ctx.vxlanPort && decodeVxlan(ctx, offset, end)) {
    decodeEthernet(ctx, offset + VXLAN_HEADER_LENGTH, end);
  } else if ((ports.srcPort === 53 || ports.dstPort === 53) && decodeDnsLayer(ctx, offset, end)) {
    return;
  } else {
    addData(ctx, offset, end);
  }
}

function decodeTcpPayload(ctx: DecodeContext, ports: Ports | undefined): void {
  if (!ports) return;
  const { offset, end } = ports.payload;
  if (end <= offset) return;
  const text = new TextDecoder('latin1').decode(ctx.bytes.subarray(offset, end));
  if (!HTTP_START.test(text)) return addData(ctx, offset, end);
  const layer = addLayer(ctx, 'HTTP', offset, end);
  const headEnd = text.indexOf('\r\n\r\n');
  const head = headEnd < 0 ? text : text.slice(0, headEnd + 2);
  let at = offset;
  head.split('\r\n').slice(0, -1).forEach((line, i) => {
    addField(layer, i === 0 ? 'Start Line' : 'Header', at, line.length + 2, line);
    at += line.length + 2;
  });
  if (headEnd >= 0) {
    addField(layer, 'End of Headers', at, 2, '');
    if (end > at + 2) addField(layer, 'Body', at + 2, end - at - 2, `(${end - at - 2} bytes)`);
  }
}

function ipFlags(bits: number): string {
  const names = [bits & 2 ? "Don't fragment" : '', bits & 1 ? 'More fragments' : ''].filter(Boolean);
  return `0x${bits}${names.length ? `, ${names.join(', ')}` : ''}`;
}
