import { findMachine } from '../lookup';
import type { WorldView } from '../view';
import { endpointMachine } from './localEndpoints';
import { networkPeers } from './networkPeers';

/** One remote endpoint as a node's overlay namespace programs it: a static FDB entry on vxlan0 and a static ARP entry. */
export interface FdbEntry {
  readonly mac: string;
  readonly ip: string;
  /** The machine holding the endpoint, and its underlay address (the VXLAN destination). */
  readonly machine: string;
  readonly dst: string;
}

/**
 * The remote endpoints of an overlay as `machine` knows them (SPEC §7: gossip programs static FDB and ARP
 * entries, so ARP never crosses the wire). Empty when `machine` holds no endpoint of the overlay (it has no
 * overlay namespace then). Peers in `Peers` order from `machine`, each peer's endpoints in address order.
 * Stopped machines left the gossip cluster, so their entries are gone.
 */
export function overlayFdb(w: WorldView, networkId: string, machine: string): FdbEntry[] {
  const network = w.networks[networkId];
  if (network?.driver !== 'overlay') return [];
  const peers = networkPeers(w, networkId, machine);
  if (peers[0]?.name !== machine) return [];
  const out: FdbEntry[] = [];
  for (const peer of peers.slice(1)) {
    if (findMachine(w, peer.name)?.state !== 'Running') continue;
    const eps = Object.values(w.endpoints).filter((e) => e.network === networkId && endpointMachine(w, e) === peer.name);
    eps.sort((a, b) => ipOrder(a.ip) - ipOrder(b.ip));
    for (const e of eps) out.push({ mac: e.mac, ip: e.ip, machine: peer.name, dst: peer.ip });
  }
  return out;
}

/** `bridge fdb show dev vxlan0` in the overlay namespace: one permanent entry per remote endpoint. */
export function fdbShow(entries: readonly FdbEntry[]): string {
  return entries.map((e) => `${e.mac} dev vxlan0 dst ${e.dst} link-netnsid 0 self permanent`).join('\n');
}

/** `ip neigh show` in the overlay namespace: the static ARP entries. */
export function neighShow(entries: readonly FdbEntry[]): string {
  return entries.map((e) => `${e.ip} dev vxlan0 lladdr ${e.mac} PERMANENT`).join('\n');
}

function ipOrder(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}
