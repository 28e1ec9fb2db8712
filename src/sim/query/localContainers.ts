import type { WorldView } from '../view';
import type { Container } from '../world';

/**
 * Containers on one machine's engine, newest first (the order `docker ps` lists them in);
 * `all` false keeps only running ones.
 */
export function localContainers(w: WorldView, machine: string, all: boolean): Container[] {
  return Object.values(w.containers)
    .filter((c) => c.machine === machine && (all || c.state === 'running'))
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}
