import type { World } from '../../sim/world';
import type { FlowEdge } from './flowTypes';
import { elementId } from './ids';

const TUNNEL_COLOUR = '#5c7cfa';
/** Above this many machines the full mesh (n(n-1)/2 arcs) would bury the map: the VTEPs and the LAN stay, the arcs go. */
export const MAX_TUNNEL_MACHINES = 8;

/**
 * The underlay lens's VXLAN tunnels: one edge per pair of machines that share an overlay, labelled with the
 * data path port and the VNIs it carries. `held` maps each machine to the overlay ids it holds. None beyond
 * MAX_TUNNEL_MACHINES machines.
 */
export function tunnelEdges(w: World, held: ReadonlyMap<string, readonly string[]>): FlowEdge[] {
  const port = w.swarm?.dataPathPort ?? 4789;
  const edges: FlowEdge[] = [];
  if (w.machines.length > MAX_TUNNEL_MACHINES) return edges;
  const names = w.machines.map((m) => m.name);
  names.forEach((a, i) => {
    for (const b of names.slice(i + 1)) {
      const theirs = new Set(held.get(b) ?? []);
      const shared = (held.get(a) ?? []).filter((n) => theirs.has(n));
      if (shared.length === 0) continue;
      const vnis = shared.map((n) => w.networks[n]?.vni).filter((v): v is number => typeof v === 'number').sort((x, y) => x - y);
      const label = `UDP ${port} · VNI ${vnis.join(', ')}`;
      edges.push({
        id: `edge:vxlan:${a}:${b}`, source: elementId({ kind: 'host', machine: a }), target: elementId({ kind: 'host', machine: b }),
        type: 'tunnel', sourceHandle: 'tunnel-out', targetHandle: 'tunnel-in', label,
        style: { stroke: TUNNEL_COLOUR, strokeDasharray: '6 4' }, data: { colour: TUNNEL_COLOUR, label },
      });
    }
  });
  return edges;
}
