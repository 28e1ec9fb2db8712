import { findMachine, gwbridgeOf } from '../lookup';
import { profiles } from '../profile';
import type { Container, Endpoint, Network, World } from '../world';
import type { Place } from './trace';

/** The learner's laptop on the docker-machine host-only network. */
export const LAPTOP = { machine: 'laptop', ip: '192.168.99.1', mac: '0a:00:27:00:00:00', iface: 'vboxnet0' } as const;
/** The node's underlay NIC (docker-machine's host-only adapter). */
export const UNDERLAY_IFACE = 'eth1';

/** An endpoint where it lives: which machine, which namespace, which interface. */
export interface Attachment {
  readonly endpoint: Endpoint;
  readonly network: Network;
  readonly place: Place;
  /** The container behind the endpoint (tasks and standalone containers), if any. */
  readonly container: Container | null;
}

/** A node's host namespace at `iface`. */
export const hostPlace = (machine: string, iface: string): Place => ({ kind: 'host', machine, iface });
/** A container's namespace at `iface` (by the first 12 hex digits of its id). */
export const containerPlace = (c: Container, iface: string): Place => ({ kind: 'container', machine: c.machine, container: c.id.slice(0, 12), iface });
/** A machine's namespace of an overlay, holding br0 and vxlan0. */
export const overlayPlace = (machine: string, n: Network, iface: string): Place => ({ kind: 'overlay', machine, network: n.id, networkName: n.name, iface });
/** The laptop at its host-only interface. */
export const laptopPlace: Place = { kind: 'laptop', machine: LAPTOP.machine, iface: LAPTOP.iface };
/** The outside world. */
export const internetPlace: Place = { kind: 'internet', machine: 'internet', iface: '' };

/** A machine's underlay NIC MAC (VirtualBox OUI, then the low three bytes of its address). */
export function nodeMac(world: World, machine: string): string {
  const ip = findMachine(world, machine)?.ip ?? LAPTOP.ip;
  if (machine === LAPTOP.machine) return LAPTOP.mac;
  const [, b, c, d] = ip.split('.').map((x) => Number(x).toString(16).padStart(2, '0'));
  return `08:00:27:${b}:${c}:${d}`;
}

export function machineIp(world: World, machine: string): string {
  return machine === LAPTOP.machine ? LAPTOP.ip : (findMachine(world, machine)?.ip ?? '');
}

/** Where an endpoint is; null for a VIP (it lives nowhere) or an endpoint whose owner is gone. */
export function attachmentOf(world: World, e: Endpoint): Attachment | null {
  const network = world.networks[e.network];
  if (!network) return null;
  const o = e.owner;
  if (o.kind === 'lb') {
    const sandbox = profiles[world.profile].lbEndpointKey(network.name);
    return { endpoint: e, network, place: { kind: 'lb', machine: o.machine, network: network.id, sandbox, iface: 'eth0' }, container: null };
  }
  if (o.kind === 'ingress-sbox') {
    const iface = network.ingress ? 'eth0' : 'eth1';
    return { endpoint: e, network, place: { kind: 'ingress-sbox', machine: o.machine, iface }, container: null };
  }
  const container = containerOfEndpoint(world, e);
  if (!container) return null;
  const index = container.interfaces.indexOf(e.id);
  return { endpoint: e, network, place: containerPlace(container, `eth${index}`), container };
}

function containerOfEndpoint(world: World, e: Endpoint): Container | null {
  const o = e.owner;
  if (o.kind === 'container') return world.containers[o.container] ?? null;
  if (o.kind !== 'task') return null;
  const id = world.tasks[o.task]?.container;
  const c = id ? world.containers[id] : undefined;
  return c && c.interfaces.includes(e.id) ? c : null;
}

/** A running container's interfaces in order (eth0, eth1, ...). */
export function containerAttachments(world: World, c: Container): Attachment[] {
  const out: Attachment[] = [];
  for (const id of c.interfaces) {
    const e = world.endpoints[id];
    const a = e ? attachmentOf(world, e) : null;
    if (a) out.push(a);
  }
  return out;
}

/** Name of a local bridge's Linux device: docker0, docker_gwbridge, or br-<12 hex>. */
export function bridgeDevice(n: Network): string {
  if (n.name === 'bridge') return 'docker0';
  if (n.name === 'docker_gwbridge') return 'docker_gwbridge';
  return `br-${n.id.slice(0, 12)}`;
}

/** The gwbridge gateway address of a machine, e.g. 172.18.0.1. */
export function gwbridgeGateway(world: World, machine: string): string {
  return gwbridgeOf(world, machine)?.ipam?.gateway ?? '172.18.0.1';
}

/** The host-side veth name of an endpoint (deterministic from its id, like `veth1a2b3c4`). */
export const vethOf = (e: Endpoint): string => `veth${e.id.slice(0, 7)}`;
