import { gwbridgeOf, nodeOfMachine, nodeStatus } from '../../sim/lookup';
import { blockToCidr, toBlock } from '../../sim/ipam/ipv4Int';
import type { Network, World } from '../../sim/world';
import { elementId } from './ids';
import type { Flow, FlowEdge, FlowNode, HostData, Lens } from './flowTypes';
import {
  HOST_HEADER, HOST_PADDING, HOST_WIDTH, MEMBER_GAP, MEMBER_WIDTH, NETWORK_HEIGHT, NETWORK_ROW_Y, NETWORK_WIDTH, NS_HEIGHT,
  hostX, memberHeight, networkX,
} from './layout';
import { membersOf } from './members';
import { networkColour } from './networkColour';
import { outsideNodes } from './outsideNodes';
import { overlayNamespaces } from './overlayNamespaces';
import { tunnelEdges } from './tunnels';

function hostData(w: World, machine: World['machines'][number]): HostData {
  const node = nodeOfMachine(w, machine.name);
  const gw = gwbridgeOf(w, machine.name)?.ipam;
  return {
    machine: machine.name,
    address: `${machine.ip}/${machine.prefixLength}`,
    role: node?.role ?? null,
    leader: node?.leader ?? false,
    status: node ? nodeStatus(w, node) : machine.state === 'Running' ? 'ready' : 'down',
    availability: node?.availability ?? null,
    gwbridge: gw ? `${gw.gateway}/${gw.subnet.split('/')[1] ?? ''}` : null,
  };
}

/** Overlays in the order they got their VNI (unallocated ones last, by name): the network row. */
export function overlaysInOrder(w: World): Network[] {
  const key = (n: Network) => n.vni ?? Number.POSITIVE_INFINITY;
  return Object.values(w.networks)
    .filter((n) => n.driver === 'overlay')
    .sort((a, b) => key(a) - key(b) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/**
 * The world as React Flow nodes and edges. Machines are group nodes in a row (in machine order); their
 * containers, sandboxes and overlay namespaces stack inside by birth, so nothing already drawn moves. The
 * overlay lens adds one node per overlay and an edge per address on it; the underlay lens adds the machines'
 * shared LAN, their links to it, and the VXLAN tunnels between machines that share an overlay.
 */
export function toFlow(w: World, lens: Lens): Flow {
  const nodes: FlowNode[] = [];
  const children: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const overlayEdges: { source: string; endpoint: string; network: Network }[] = [];
  const held = new Map<string, string[]>();
  w.machines.forEach((m, i) => {
    const hostId = elementId({ kind: 'host', machine: m.name });
    const members = membersOf(w, m.name);
    const namespaces = overlayNamespaces(w, members);
    held.set(m.name, namespaces.map((ns) => ns.network));
    // A namespace sorts after the ingress sandbox and before the LB sandbox born with it (rank 0.5).
    const stack = [
      ...members.map((member) => ({ birth: member.birth, rank: member.rank, member, ns: null })),
      ...namespaces.map((ns) => ({ birth: ns.birth, rank: 0.5, member: null, ns })),
    ].sort((a, b) => a.birth - b.birth || a.rank - b.rank);
    let y = HOST_HEADER;
    for (const item of stack) {
      if (item.ns) {
        const n = w.networks[item.ns.network] as Network;
        children.push({
          id: elementId({ kind: 'ns', machine: m.name, network: n.id }), type: 'overlayNs', parentId: hostId, extent: 'parent', draggable: false,
          position: { x: HOST_PADDING, y }, width: MEMBER_WIDTH, height: NS_HEIGHT,
          data: { machine: m.name, network: n.name, vni: n.vni, colour: networkColour(n), lens },
        });
        y += NS_HEIGHT + MEMBER_GAP;
        continue;
      }
      const member = item.member;
      const height = memberHeight(member.data.addresses.length);
      children.push({
        id: member.id, type: 'member', parentId: hostId, extent: 'parent', draggable: false,
        position: { x: HOST_PADDING, y }, width: MEMBER_WIDTH, height, data: member.data,
      });
      y += height + MEMBER_GAP;
      for (const endpoint of member.endpoints) {
        const network = w.networks[w.endpoints[endpoint]?.network ?? ''];
        if (network?.driver === 'overlay') overlayEdges.push({ source: member.id, endpoint, network });
      }
    }
    const height = Math.max(y - MEMBER_GAP, HOST_HEADER) + HOST_PADDING;
    nodes.push({ id: hostId, type: 'host', position: { x: hostX(i), y: 0 }, width: HOST_WIDTH, height, data: hostData(w, m) });
  });
  if (lens === 'overlay') {
    const lanes = new Map<string, number>();
    overlaysInOrder(w).forEach((n, i) => {
      lanes.set(n.id, i);
      const colour = networkColour(n);
      children.push({
        id: elementId({ kind: 'network', network: n.id }), type: 'network', position: { x: networkX(i), y: NETWORK_ROW_Y },
        width: NETWORK_WIDTH, height: NETWORK_HEIGHT,
        data: { name: n.name, subnet: n.ipam?.subnet ?? null, vni: n.vni, colour, encrypted: n.encrypted, ingress: n.ingress },
      });
    });
    for (const e of overlayEdges) {
      const colour = networkColour(e.network);
      edges.push({
        id: `edge:${e.endpoint}`, source: e.source, target: elementId({ kind: 'network', network: e.network.id }),
        type: 'link', sourceHandle: 'link', zIndex: 0,
        style: { stroke: colour }, data: { colour, label: `${w.endpoints[e.endpoint]?.ip ?? ''}`, lane: lanes.get(e.network.id) ?? 0 },
      });
    }
  } else if (w.machines.length > 0) {
    const first = w.machines[0] as World['machines'][number];
    const subnet = blockToCidr(toBlock(`${first.ip}/${first.prefixLength}`));
    const span = hostX(w.machines.length - 1) + HOST_WIDTH;
    children.push({
      id: elementId({ kind: 'underlay' }), type: 'underlay', position: { x: span / 2 - NETWORK_WIDTH / 2, y: NETWORK_ROW_Y },
      width: NETWORK_WIDTH, height: NETWORK_HEIGHT, data: { subnet },
    });
    for (const m of w.machines) {
      edges.push({
        id: `edge:underlay:${m.name}`, source: elementId({ kind: 'host', machine: m.name }), target: elementId({ kind: 'underlay' }),
        style: { stroke: '#868e96' }, data: { colour: '#868e96', label: m.ip },
      });
    }
    edges.push(...tunnelEdges(w, held));
  }
  if (w.machines.length > 0) nodes.push(...outsideNodes());
  // React Flow needs every parent before its children.
  return { nodes: [...nodes, ...children], edges };
}
