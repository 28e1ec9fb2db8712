import type { WorldView } from '../view';
import type { Network } from '../world';

/**
 * The networks whose records the embedded resolver searches for a container, in search order: user
 * overlays, then ingress, then local networks (SPEC §5). docker_gwbridge and the default `bridge`
 * have no embedded DNS records and are left out.
 */
export function resolverNetworks(w: WorldView, containerId: string): Network[] {
  const c = w.containers[containerId];
  if (!c) return [];
  const nets: Network[] = [];
  for (const id of c.interfaces) {
    const n = w.endpoints[id] ? w.networks[w.endpoints[id].network] : undefined;
    if (n && !nets.includes(n)) nets.push(n);
  }
  const rank = (n: Network) => (n.scope === 'swarm' && !n.ingress ? 0 : n.ingress ? 1 : 2);
  return nets
    .filter((n) => n.name !== 'docker_gwbridge' && !(n.predefined && n.driver === 'bridge'))
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map((x) => x.n);
}

/** Whether the container uses the embedded server at all: only containers on a user-defined network do. */
export function usesEmbeddedDns(w: WorldView, containerId: string): boolean {
  return resolverNetworks(w, containerId).length > 0;
}

/** Whether the container has a way out (some network not `--internal`), so unknown names may be forwarded. */
export function hasExternalAccess(w: WorldView, containerId: string): boolean {
  const c = w.containers[containerId];
  if (!c) return false;
  return c.interfaces.some((id) => {
    const e = w.endpoints[id];
    const n = e ? w.networks[e.network] : undefined;
    return n !== undefined && !n.internal && !n.ingress;
  });
}
