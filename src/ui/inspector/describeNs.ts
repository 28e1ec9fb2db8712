import { localEndpoints } from '../../sim/query/localEndpoints';
import type { Network, World } from '../../sim/world';
import { fdbBlocks } from './blocks';
import { row, text, type Description } from './describe';

/** Overlays with an endpoint on a machine (it has their namespaces), by VNI. */
export function heldOverlays(w: World, machine: string): Network[] {
  return Object.values(w.networks)
    .filter((n) => n.driver === 'overlay' && localEndpoints(w, n.id, machine).length > 0)
    .sort((a, b) => (a.vni ?? 0) - (b.vni ?? 0));
}

/** A machine's namespace for one overlay: its devices, the FDB and static ARP entries; null once it is gone. */
export function describeNs(w: World, machine: string, networkId: string): Description | null {
  const n = w.networks[networkId];
  if (!n || !heldOverlays(w, machine).includes(n)) return null;
  return {
    kind: 'kind.ns',
    title: `${n.name} · ${machine}`,
    rows: [
      row('inspector.machine', text(machine)),
      row('inspector.network', text(n.name)),
      row('inspector.vni', n.vni === null ? { key: 'network.none' } : text(String(n.vni))),
      row('inspector.interfaces', text('br0'), text('vxlan0')),
    ],
    blocks: fdbBlocks(w, n.id, machine),
    note: 'inspector.fdbNote',
  };
}
