import { broadcastAddress } from '../ipam/cidr';
import type { WorldView } from '../view';
import type { Endpoint, Network } from '../world';
import { containerKey, vethIndexes } from './vethIndexes';

/** One network interface inside a container's namespace, as `ip addr` shows it. */
export interface ContainerInterface {
  /** `eth0`, `eth1`, ... in the container's interface order (SPEC §2). */
  readonly name: string;
  /** Interface index inside the container; the veth peer has `peerIndex` (shown as `eth0@if<peer>`). */
  readonly ifindex: number;
  readonly peerIndex: number;
  /**
   * iproute2's `link-netnsid`: the id this namespace gives the namespace holding the veth peer, numbered from 0
   * in the order the peers' namespaces were first seen (an overlay's own namespace, or the host for a bridge).
   */
  readonly linkNetnsid: number;
  readonly endpoint: Endpoint;
  readonly network: Network;
  readonly ip: string;
  readonly prefixLength: number;
  readonly broadcast: string;
  readonly gateway: string;
  readonly mac: string;
  /** Bytes: 1450 on overlays, 1424 on encrypted overlays, 1500 on bridges. */
  readonly mtu: number;
  /** Extra `/32` addresses on the interface (the VIPs an LB sandbox or ingress_sbox answers for); none in a container. */
  readonly aliases: readonly string[];
}

/** The namespace holding the veth peer of an interface on `network`: the overlay's own, or the host's. */
const peerNamespace = (network: Network): string => (network.driver === 'overlay' ? network.id : 'host');

/**
 * The interfaces with iproute2's `link-netnsid` filled in: each peer namespace numbered from 0 in order of
 * first appearance.
 */
export function numberPeerNamespaces(ifaces: readonly ContainerInterface[]): ContainerInterface[] {
  const ids = new Map<string, number>();
  return ifaces.map((i) => {
    const peer = peerNamespace(i.network);
    if (!ids.has(peer)) ids.set(peer, ids.size);
    const id = ids.get(peer) ?? 0;
    return id === i.linkNetnsid ? i : { ...i, linkNetnsid: id };
  });
}

/** MTU of an interface on a network: VXLAN costs 50 bytes, ESP another 26. */
export function mtuOf(network: Network): number {
  if (network.driver !== 'overlay') return 1500;
  return network.encrypted ? 1424 : 1450;
}

/**
 * The container's interfaces in order (lo excluded). Interface indexes are deterministic: lo is 1, and
 * each veth end takes its index from the machine's one counter (see vethIndexes), its peer the next one
 * (`eth0@if<n+1>`), so no two namespaces show the same pair.
 * @example containerInterfaces(world, id).map((i) => `${i.name} ${i.ip}`) // ['eth0 10.0.0.7', 'eth1 172.18.0.3', ...]
 */
export function containerInterfaces(w: WorldView, containerId: string): ContainerInterface[] {
  const c = w.containers[containerId];
  if (!c) return [];
  const indexes = vethIndexes(w, c.machine);
  const out: ContainerInterface[] = [];
  c.interfaces.forEach((id, position) => {
    const endpoint = w.endpoints[id];
    const network = endpoint ? w.networks[endpoint.network] : undefined;
    if (!endpoint || !network) return;
    const iface = endpointInterface(endpoint, network, out.length, indexes.get(containerKey(c.id, position)) ?? 0, []);
    if (iface) out.push(iface);
  });
  return numberPeerNamespaces(out);
}

/**
 * The interface `eth<position>` a veth end of `endpoint` makes on `network` (null while the network has no
 * addresses), with its peer index next to its own and link-netnsid 0 until numberPeerNamespaces numbers the peers.
 */
export function endpointInterface(endpoint: Endpoint, network: Network, position: number, ifindex: number, aliases: readonly string[]): ContainerInterface | null {
  if (!network.ipam) return null;
  return {
    name: `eth${position}`,
    ifindex,
    peerIndex: ifindex + 1,
    linkNetnsid: 0,
    endpoint,
    network,
    ip: endpoint.ip,
    prefixLength: Number(network.ipam.subnet.split('/')[1]),
    broadcast: broadcastAddress(network.ipam.subnet),
    gateway: network.ipam.gateway,
    mac: endpoint.mac,
    mtu: mtuOf(network),
    aliases,
  };
}

/** The interface that carries the default route: the first one on a non-internal local bridge (gwbridge or a bridge network). */
export function defaultRouteInterface(ifaces: readonly ContainerInterface[]): ContainerInterface | undefined {
  return ifaces.find((i) => i.network.driver === 'bridge' && !i.network.internal);
}
