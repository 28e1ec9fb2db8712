import type { World } from '../../sim/world';
import type { HostData, MemberData } from '../canvas/flowTypes';
import { membersOf } from '../canvas/members';
import { overlaysInOrder, toFlow } from '../canvas/toFlow';
import { elementId } from '../canvas/ids';

export interface NodeRow {
  readonly id: string;
  readonly data: HostData;
}
export interface MemberRow {
  readonly id: string;
  readonly data: MemberData;
}
export interface NetworkRow {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
  readonly scope: string;
  /** The machine of a local network, null for swarm networks. */
  readonly machine: string | null;
  readonly subnet: string | null;
  readonly vni: number | null;
}
export interface TopologyRows {
  readonly nodes: readonly NodeRow[];
  readonly members: readonly MemberRow[];
  readonly networks: readonly NetworkRow[];
}

/** The topology as three tables, in the map's order: machines, what runs on each, then overlays and local networks. */
export function topologyRows(w: World): TopologyRows {
  const nodes = toFlow(w, 'overlay').nodes.flatMap((n) => (n.type === 'host' ? [{ id: n.id, data: n.data }] : []));
  const members = w.machines.flatMap((m) => membersOf(w, m.name).map((x) => ({ id: x.id, data: x.data })));
  const overlays = overlaysInOrder(w);
  const locals = Object.values(w.networks)
    .filter((n) => n.driver !== 'overlay')
    .sort((a, b) => w.machines.findIndex((m) => m.name === a.machine) - w.machines.findIndex((m) => m.name === b.machine) || a.name.localeCompare(b.name));
  const networks = [...overlays, ...locals].map((n) => ({
    id: elementId({ kind: 'network', network: n.id }),
    name: n.name, driver: n.driver, scope: n.scope, machine: n.machine,
    subnet: n.ipam?.subnet ?? null, vni: n.vni,
  }));
  return { nodes, members, networks };
}
