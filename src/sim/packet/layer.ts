import { internetChecksum } from './checksum';

/** Protocol names a decoded layer can carry. */
export type LayerName = 'Ethernet II' | 'IPv4' | 'ICMP' | 'UDP' | 'TCP' | 'DNS' | 'VXLAN' | 'ESP' | 'HTTP' | 'Data';

/** A field of a layer: the bytes [offset, offset + length) of the whole frame, and how to show them. */
export interface Field {
  name: string;
  /** Absolute byte offset in the decoded frame. */
  offset: number;
  /** Bytes; fields sharing a byte (version and header length) share offset and length. */
  length: number;
  display: string;
}

/** One protocol layer of a decoded frame, outermost first: its own bytes (a header, or a whole message
 * when nothing inside is decoded further), so the layers of a frame tile it without overlap. */
export interface Layer {
  name: LayerName;
  offset: number;
  length: number;
  fields: Field[];
}

/** Decoder state shared by the per-protocol decoders. */
export interface DecodeContext {
  bytes: Uint8Array;
  view: DataView;
  layers: Layer[];
  vxlanPort: number;
}

/** Starts a layer covering [offset, end) and appends it to the context. */
export function addLayer(ctx: DecodeContext, name: LayerName, offset: number, end: number): Layer {
  const layer: Layer = { name, offset, length: end - offset, fields: [] };
  ctx.layers.push(layer);
  return layer;
}

/** Appends a field to a layer. */
export function addField(layer: Layer, name: string, offset: number, length: number, display: string): void {
  layer.fields.push({ name, offset, length, display });
}

/** Appends an opaque "Data" layer for [offset, end), if non-empty. */
export function addData(ctx: DecodeContext, offset: number, end: number, note = 'Data'): void {
  if (end <= offset) return;
  const layer = addLayer(ctx, 'Data', offset, end);
  addField(layer, note, offset, end - offset, `(${end - offset} bytes)`);
}

/** "7 (0x0007)": a 16-bit value in decimal and hex. */
export function decHex16(value: number): string {
  return `${value} (0x${value.toString(16).padStart(4, '0')})`;
}

/** Shows a stored checksum against the value it should have. */
export function checksumDisplay(stored: number, expected: number): string {
  const hex = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;
  return stored === expected ? `${hex(stored)} [correct]` : `${hex(stored)} [incorrect, should be ${hex(expected)}]`;
}

/** The checksum bytes[start, end) should carry in the 16-bit field at fieldOffset, given a partial initial sum. */
export function expectedChecksum(bytes: Uint8Array, start: number, end: number, fieldOffset: number, initial = 0): number {
  const copy = bytes.slice(start, end);
  copy[fieldOffset - start] = 0;
  copy[fieldOffset - start + 1] = 0;
  return internetChecksum(copy, initial);
}
