import { findMachine, gwbridgeOf, localNetworkByName } from '../lookup';
import type { WorldView } from '../view';
import type { Network } from '../world';

/** One interface of a node's host namespace, as `ip addr` lists it. */
export interface HostInterface {
  readonly name: string;
  readonly kind: 'loopback' | 'ether';
  readonly mac: string;
  readonly mtu: number;
  /** Address with prefix, e.g. `192.168.99.100/24`. */
  readonly cidr: string;
  /** False for a bridge no running container is plugged into (NO-CARRIER). */
  readonly carrier: boolean;
}

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** A stable MAC from text: `prefix` plus bytes hashed from the seed. */
function macFrom(prefix: string, seed: string, bytes: number): string {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const out: string[] = [];
  for (let i = 0; i < bytes; i++) out.push(hex2((h >>> (i * 8)) & 0xff));
  return `${prefix}:${out.join(':')}`;
}

function bridgeUp(w: WorldView, machine: string, n: Network | undefined): boolean {
  if (!n) return false;
  return Object.values(w.containers).some(
    (c) => c.machine === machine && c.state === 'running' && c.interfaces.some((id) => w.endpoints[id]?.network === n.id),
  );
}

/**
 * The host interfaces of a boot2docker VM: lo, eth0 (VirtualBox NAT, 10.0.2.15), eth1 (host-only underlay),
 * docker0, and docker_gwbridge once the node is in a swarm. Container veth pairs are left out.
 */
export function hostInterfaces(w: WorldView, machine: string): HostInterface[] {
  const m = findMachine(w, machine);
  if (!m) return [];
  const out: HostInterface[] = [
    { name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, cidr: '127.0.0.1/8', carrier: true },
    { name: 'eth0', kind: 'ether', mac: macFrom('08:00:27', `${m.name}/nat`, 3), mtu: 1500, cidr: '10.0.2.15/24', carrier: true },
    { name: 'eth1', kind: 'ether', mac: macFrom('08:00:27', `${m.name}/hostonly`, 3), mtu: 1500, cidr: `${m.ip}/${m.prefixLength}`, carrier: true },
  ];
  const bridges: [string, Network | undefined][] = [
    ['docker0', localNetworkByName(w, machine, 'bridge')],
    ['docker_gwbridge', gwbridgeOf(w, machine)],
  ];
  for (const [name, n] of bridges) {
    if (!n?.ipam) continue;
    const [, prefix] = n.ipam.subnet.split('/');
    // ingress-sbox is always plugged into docker_gwbridge.
    const carrier = name === 'docker_gwbridge' || bridgeUp(w, machine, n);
    out.push({ name, kind: 'ether', mac: macFrom('02:42', n.id, 4), mtu: 1500, cidr: `${n.ipam.gateway}/${prefix}`, carrier });
  }
  return out;
}
