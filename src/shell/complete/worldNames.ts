import { networksVisibleOn } from '../../sim/lookup';
import { images } from '../../sim/images';
import type { World } from '../../sim/world';

/** Docker Machine names, as `docker-machine ls` lists them. */
export const machineNames = (w: World): string[] => w.machines.map((m) => m.name);

/** Hostnames of the swarm's nodes (what `docker node ls` shows), nodes that left excluded. */
export const nodeNames = (w: World): string[] =>
  (w.swarm?.nodes ?? []).filter((n) => !n.left).map((n) => n.machine);

/** Names of the containers on a machine (`docker ps -a` scope), or only running ones; with 12-digit ids when `ids`. */
export function containerNames(w: World, machine: string, runningOnly: boolean, ids: boolean): string[] {
  const local = Object.values(w.containers).filter((c) => c.machine === machine && (!runningOnly || c.state === 'running'));
  return [...local.map((c) => c.name), ...(ids ? local.map((c) => c.id.slice(0, 12)) : [])];
}

/** Names of the networks the machine's engine lists. */
export const networkNames = (w: World, machine: string): string[] => networksVisibleOn(w, machine).map((n) => n.name);

/** Service names. */
export const serviceNames = (w: World): string[] => Object.values(w.services).map((s) => s.spec.name);

/** Images the simulated registry knows. */
export const imageNames = (): string[] => images.map((i) => i.repository);
