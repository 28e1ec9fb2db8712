import type { WorldView } from '../view';
import { namesOn } from './records';
import { resolverNetworks } from './resolverNetworks';

/**
 * The networks, other than the asking container's, where a name is a Docker name (a service, a task, a
 * container or an alias): the embedded server does not look there and forwards the question, which is
 * worth saying. Swarm networks and the container's own machine's local networks, by name, sorted.
 */
export function knownElsewhere(w: WorldView, containerId: string, name: string): string[] {
  const c = w.containers[containerId];
  if (!c) return [];
  const key = (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
  const mine = new Set(resolverNetworks(w, containerId).map((n) => n.id));
  const found = new Set<string>();
  for (const n of Object.values(w.networks)) {
    if (mine.has(n.id) || n.ingress || (n.scope === 'local' && n.machine !== c.machine)) continue;
    if (namesOn(w, n, key)) found.add(n.name);
  }
  for (const s of Object.values(w.services)) {
    if (s.spec.name.toLowerCase() !== key) continue;
    for (const sn of s.spec.networks) {
      const n = w.networks[sn.network];
      if (n && !mine.has(n.id)) found.add(n.name);
    }
  }
  return [...found].sort();
}
