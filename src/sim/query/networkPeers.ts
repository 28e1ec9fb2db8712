import type { WorldView } from '../view';
import type { Machine } from '../world';
import { endpointMachine } from './localEndpoints';

/**
 * Machines that hold a swarm network (any local endpoint), as `Peers` lists them from `machine`: the local
 * node first, then the others in machine order starting after it (the seed, asked on default-2, shows
 * default-2, default-3, default).
 */
export function networkPeers(w: WorldView, networkId: string, machine: string): Machine[] {
  const holders = new Set<string>();
  for (const e of Object.values(w.endpoints)) {
    if (e.network !== networkId) continue;
    const m = endpointMachine(w, e);
    if (m) holders.add(m);
  }
  const at = w.machines.findIndex((m) => m.name === machine);
  const rotated = [...w.machines.slice(Math.max(at, 0)), ...w.machines.slice(0, Math.max(at, 0))];
  return rotated.filter((m) => holders.has(m.name));
}
