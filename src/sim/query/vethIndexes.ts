import { derivedMap } from '../derived';
import type { WorldView } from '../view';

/** Key of the veth end that `ingress_sbox` holds on a network (ingress or docker_gwbridge). */
export const ingressKey = (network: string): string => `ingress:${network}`;
/** Key of the veth end an overlay's LB sandbox holds. */
export const lbKey = (network: string): string => `lb:${network}`;
/** Key of a container's `eth<position>`. */
export const containerKey = (container: string, position: number): string => `c:${container}:${position}`;

/** The first ifindex a veth gets on a node: lo, eth0, eth1 and docker0 hold 1-4. */
const FIRST = 5;

/**
 * Interface indexes of the veth ends Docker moved into namespaces on `machine`. Both ends of a pair are made in
 * the host namespace and keep their index when moved, so one counter numbers them all in the order they were
 * made: `ingress_sbox`'s two ends (ingress, then docker_gwbridge) when the node joined the swarm, then each
 * container's interfaces in creation order, an overlay's LB sandbox just before the first container that uses
 * the overlay on this node. Each end is odd; its peer is the next index.
 * @example vethIndexes(w, 'default').get(ingressKey(ingressId)) // 5 (eth0@if6 in ingress_sbox)
 */
export function vethIndexes(w: WorldView, machine: string): ReadonlyMap<string, number> {
  const byMachine = derivedMap<string, ReadonlyMap<string, number>>(w, 'veth-indexes');
  const known = byMachine.get(machine);
  if (known) return known;
  const built = build(w, machine);
  byMachine.set(machine, built);
  return built;
}

function build(w: WorldView, machine: string): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const take = (key: string): void => {
    if (!out.has(key)) out.set(key, FIRST + 2 * out.size);
  };
  const endpoints = Object.values(w.endpoints);
  const sbox = endpoints.filter((e) => e.owner.kind === 'ingress-sbox' && e.owner.machine === machine);
  const lbs = new Set(endpoints.filter((e) => e.owner.kind === 'lb' && e.owner.machine === machine).map((e) => e.network));
  const joined = w.swarm?.nodes.find((n) => n.machine === machine && !n.left)?.createdAt ?? Number.POSITIVE_INFINITY;
  const order = (e: { network: string }): number => (w.networks[e.network]?.ingress ? 0 : 1);
  const sboxEnds = (): void => {
    for (const e of [...sbox].sort((a, b) => order(a) - order(b))) take(ingressKey(e.network));
  };
  const containers = Object.values(w.containers)
    .filter((c) => c.machine === machine)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let sboxDone = false;
  for (const c of containers) {
    if (!sboxDone && joined <= c.createdAt) {
      sboxEnds();
      sboxDone = true;
    }
    c.interfaces.forEach((id, position) => {
      const net = w.endpoints[id]?.network;
      if (net !== undefined && lbs.has(net)) take(lbKey(net));
      take(containerKey(c.id, position));
    });
  }
  if (!sboxDone) sboxEnds();
  for (const net of [...lbs].sort()) take(lbKey(net));
  return out;
}
