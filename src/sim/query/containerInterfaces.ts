import { broadcastAddress } from '../ipam/cidr';
import type { WorldView } from '../view';
import type { Endpoint, Network } from '../world';

/** One network interface inside a container's namespace, as `ip addr` shows it. */
export interface ContainerInterface {
  /** `eth0`, `eth1`, ... in the container's interface order (SPEC §2). */
  readonly name: string;
  /** Interface index inside the container; the veth peer has `peerIndex` (shown as `eth0@if<peer>`). */
  readonly ifindex: number;
  readonly peerIndex: number;
  readonly endpoint: Endpoint;
  readonly network: Network;
  readonly ip: string;
  readonly prefixLength: number;
  readonly broadcast: string;
  readonly gateway: string;
  readonly mac: string;
  /** Bytes: 1450 on overlays, 1424 on encrypted overlays, 1500 on bridges. */
  readonly mtu: number;
}

/** MTU of an interface on a network: VXLAN costs 50 bytes, ESP another 26. */
export function mtuOf(network: Network): number {
  if (network.driver !== 'overlay') return 1500;
  return network.encrypted ? 1424 : 1450;
}

/**
 * The container's interfaces in order (lo excluded). Interface indexes are deterministic: lo is 1, and
 * each veth takes the next odd index after those of the containers created earlier on the same machine
 * (`eth0@if<n+1>`), so two containers never show the same pair.
 * @example containerInterfaces(world, id).map((i) => `${i.name} ${i.ip}`) // ['eth0 10.0.0.7', 'eth1 172.18.0.3', ...]
 */
export function containerInterfaces(w: WorldView, containerId: string): ContainerInterface[] {
  const c = w.containers[containerId];
  if (!c) return [];
  const earlier = Object.values(w.containers)
    .filter((o) => o.machine === c.machine && (o.createdAt < c.createdAt || (o.createdAt === c.createdAt && o.id < c.id)))
    .reduce((n, o) => n + o.interfaces.length, 0);
  const out: ContainerInterface[] = [];
  for (const id of c.interfaces) {
    const endpoint = w.endpoints[id];
    const network = endpoint ? w.networks[endpoint.network] : undefined;
    if (!endpoint || !network?.ipam) continue;
    const ifindex = 2 * (earlier + out.length) + 5;
    out.push({
      name: `eth${out.length}`,
      ifindex,
      peerIndex: ifindex + 1,
      endpoint,
      network,
      ip: endpoint.ip,
      prefixLength: Number(network.ipam.subnet.split('/')[1]),
      broadcast: broadcastAddress(network.ipam.subnet),
      gateway: network.ipam.gateway,
      mac: endpoint.mac,
      mtu: mtuOf(network),
    });
  }
  return out;
}

/** The interface that carries the default route: the first one on a non-internal local bridge (gwbridge or a bridge network). */
export function defaultRouteInterface(ifaces: readonly ContainerInterface[]): ContainerInterface | undefined {
  return ifaces.find((i) => i.network.driver === 'bridge' && !i.network.internal);
}
