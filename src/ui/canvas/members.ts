import { profiles } from '../../sim/profile';
import type { Endpoint, World } from '../../sim/world';
import { elementId } from './ids';
import type { AddressChip, MemberData } from './flowTypes';
import { networkColour } from './networkColour';

export interface Member {
  readonly id: string;
  readonly data: MemberData;
  /** Endpoint ids of its addresses, in interface order. */
  readonly endpoints: readonly string[];
  /** Sort key: when it appeared (simulated ms); sandboxes sort before containers born at the same time. */
  readonly birth: number;
  readonly rank: number;
}

function chip(w: World, e: Endpoint): AddressChip {
  const n = w.networks[e.network];
  return { network: n?.name ?? e.network.slice(0, 12), ip: e.ip, colour: n ? networkColour(n) : '#868e96' };
}

/** `nginx:latest@sha256:...` -> `nginx:latest` (tasks pin a digest; the canvas has no room for it). */
export const shortImage = (image: string) => image.replace(/@sha256:[0-9a-f]+$/, '');

/** Everything drawn inside one machine, in a stable order: by birth, then sandboxes first, then id. */
export function membersOf(w: World, machine: string): Member[] {
  const out: Member[] = [];
  const containers = Object.values(w.containers).filter((c) => c.machine === machine);
  const lbs = new Map<string, Endpoint[]>();
  const sbox: Endpoint[] = [];
  for (const e of Object.values(w.endpoints)) {
    if (e.owner.kind === 'lb' && e.owner.machine === machine) lbs.set(e.network, [...(lbs.get(e.network) ?? []), e]);
    if (e.owner.kind === 'ingress-sbox' && e.owner.machine === machine) sbox.push(e);
  }
  // Its ingress address first (eth0 in the sandbox), then docker_gwbridge.
  sbox.sort((a, b) => Number(w.networks[b.network]?.driver === 'overlay') - Number(w.networks[a.network]?.driver === 'overlay'));
  if (sbox.length > 0) {
    out.push({
      id: elementId({ kind: 'sbox', machine }),
      data: { kind: 'sbox', name: 'ingress-sbox', image: null, machine, running: true, addresses: sbox.map((e) => chip(w, e)) },
      endpoints: sbox.map((e) => e.id),
      birth: w.swarm?.createdAt ?? 0,
      rank: 0,
    });
  }
  const lbName = profiles[w.profile].lbEndpointKey;
  for (const [networkId, eps] of lbs) {
    const network = w.networks[networkId];
    const users = containers.filter((c) => c.interfaces.some((id) => w.endpoints[id]?.network === networkId));
    out.push({
      id: elementId({ kind: 'lb', machine, network: networkId }),
      data: { kind: 'lb', name: lbName(network?.name ?? networkId), image: null, machine, running: true, addresses: eps.map((e) => chip(w, e)) },
      endpoints: eps.map((e) => e.id),
      // The first local task on the network brings its LB sandbox up.
      birth: users.length > 0 ? Math.min(...users.map((c) => c.createdAt)) : (network?.createdAt ?? 0),
      rank: 1,
    });
  }
  for (const c of containers) {
    const eps = c.interfaces.map((id) => w.endpoints[id]).filter((e): e is Endpoint => e !== undefined);
    out.push({
      id: elementId({ kind: 'container', container: c.id }),
      data: { kind: c.task ? 'task' : 'container', name: c.name, image: shortImage(c.image), machine, running: c.state === 'running', addresses: eps.map((e) => chip(w, e)) },
      endpoints: eps.map((e) => e.id),
      birth: c.createdAt,
      rank: 2,
    });
  }
  return out.sort((a, b) => a.birth - b.birth || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
