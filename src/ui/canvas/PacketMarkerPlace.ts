import { elementId, parseElementId } from './ids';

/**
 * The element that stands for `id` on the map as drawn (`drawn` tells which ids have a node): an
 * overlay namespace falls back to its network, then to its machine; a sandbox or LB to its machine.
 */
export function markerElement(id: string, drawn: (id: string) => boolean): string | null {
  if (drawn(id)) return id;
  const ref = parseElementId(id);
  if (!ref) return null;
  const candidates =
    ref.kind === 'ns'
      ? [elementId({ kind: 'network', network: ref.network }), elementId({ kind: 'host', machine: ref.machine })]
      : ref.kind === 'lb' || ref.kind === 'sbox'
        ? [elementId({ kind: 'host', machine: ref.machine })]
        : [];
  return candidates.find(drawn) ?? null;
}
