import { decodeFrame, type Field, type Layer } from '../../sim/packet/decode';
import type { ByteRange } from './hexRows';

/** A decoded field as the inspector shows it. */
export interface FieldView {
  /** Unique within the hop: `<layer id>/<field name>#<n>`. */
  readonly id: string;
  readonly name: string;
  readonly display: string;
  readonly range: ByteRange;
  /** The value before this hop, when the hop changed it. */
  readonly was?: string;
}

/** A decoded layer, with the fields this hop changed and whether the hop added it. */
export interface LayerView {
  /** `<depth>:<layer name>#<n>`: depth counts the encapsulations (VXLAN, ESP) around the layer. */
  readonly id: string;
  readonly name: Layer['name'];
  readonly range: ByteRange;
  /** How many encapsulations wrap this layer (0 for the innermost frame), for indentation. */
  readonly depth: number;
  /** Absent from the frame as it arrived: added by this hop (encapsulation). */
  readonly added: boolean;
  readonly fields: readonly FieldView[];
}

const ENCAPS: ReadonlySet<Layer['name']> = new Set(['VXLAN', 'ESP']);

/** Layer keys that stay the same across encapsulation: the innermost frame is depth 0 in every form. */
function keyed(layers: readonly Layer[]): { key: string; depth: number; layer: Layer }[] {
  let depth = layers.filter((l) => ENCAPS.has(l.name)).length;
  const seen = new Map<string, number>();
  return layers.map((layer) => {
    const d = depth;
    if (ENCAPS.has(layer.name)) depth -= 1;
    const base = `${d}:${layer.name}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}#${n}`, depth: d, layer };
  });
}

function fieldKeys(fields: readonly Field[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((f) => {
    const n = seen.get(f.name) ?? 0;
    seen.set(f.name, n + 1);
    return `${f.name}#${n}`;
  });
}

/**
 * The hop's outgoing frame as decoded layers, each field marked with its earlier value when the hop
 * changed it (compared by layer and field name), and layers the hop added (encapsulation) marked as added.
 * @example hopLayers(hop.before, hop.after).filter((l) => l.added).map((l) => l.name) // ['Ethernet II', 'IPv4', 'UDP', 'VXLAN']
 */
export function hopLayers(before: Uint8Array, after: Uint8Array): LayerView[] {
  const old = new Map<string, Map<string, string>>();
  if (before !== after) {
    for (const { key, layer } of keyed(decodeFrame(before))) {
      const keys = fieldKeys(layer.fields);
      old.set(key, new Map(layer.fields.map((f, i) => [keys[i] as string, f.display])));
    }
  }
  return keyed(decodeFrame(after)).map(({ key, depth, layer }) => {
    const was = before === after ? undefined : old.get(key);
    const keys = fieldKeys(layer.fields);
    return {
      id: key,
      name: layer.name,
      range: { offset: layer.offset, length: layer.length },
      depth,
      added: before !== after && was === undefined,
      fields: layer.fields.map((f, i) => {
        const fk = keys[i] as string;
        const prev = was?.get(fk);
        const view = { id: `${key}/${fk}`, name: f.name, display: f.display, range: { offset: f.offset, length: f.length } };
        return prev !== undefined && prev !== f.display ? { ...view, was: prev } : view;
      }),
    };
  });
}

/** Byte ranges of every changed field and added layer (for the hex view). */
export function changedRanges(layers: readonly LayerView[]): ByteRange[] {
  return layers.flatMap((l) => (l.added ? [l.range] : l.fields.filter((f) => f.was !== undefined).map((f) => f.range)));
}

/** The innermost field covering a byte (the last decoded one, so a layer's own fields win over its header). */
export function fieldAt(layers: readonly LayerView[], index: number): FieldView | null {
  let found: FieldView | null = null;
  for (const l of layers) {
    for (const f of l.fields) if (index >= f.range.offset && index < f.range.offset + f.range.length) found = found && f.range.length > found.range.length ? found : f;
  }
  return found;
}
