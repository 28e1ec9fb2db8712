import type { World } from '../../sim/world';
import type { Member } from './members';

/** An overlay namespace on one machine: exists from the first local endpoint on the overlay. */
export interface OverlayNs {
  readonly network: string;
  /** When its first local endpoint appeared (simulated ms). */
  readonly birth: number;
}

/** The overlays a machine holds, given what is drawn inside it, in order of birth then VNI. */
export function overlayNamespaces(w: World, members: readonly Member[]): OverlayNs[] {
  const birth = new Map<string, number>();
  for (const m of members) {
    for (const id of m.endpoints) {
      const n = w.networks[w.endpoints[id]?.network ?? ''];
      if (n?.driver !== 'overlay') continue;
      birth.set(n.id, Math.min(birth.get(n.id) ?? Number.POSITIVE_INFINITY, m.birth));
    }
  }
  const vni = (id: string) => w.networks[id]?.vni ?? 0;
  return [...birth].map(([network, b]) => ({ network, birth: b })).sort((a, b) => a.birth - b.birth || vni(a.network) - vni(b.network));
}
