import { gwbridgeOf } from '../../../sim/lookup';
import { networkPeers } from '../../../sim/query/networkPeers';
import { sandboxId } from '../../../sim/query/sandboxId';
import type { World } from '../../../sim/world';

/** A network namespace Docker keeps under /var/run/docker/netns on a node. */
export type Namespace =
  | { readonly kind: 'ingress'; readonly name: string; readonly network: string }
  | { readonly kind: 'lb'; readonly name: string; readonly network: string }
  | { readonly kind: 'overlay'; readonly name: string; readonly network: string }
  | { readonly kind: 'container'; readonly name: string; readonly container: string };

/**
 * The namespaces on `machine`, named as libnetwork names them: `ingress_sbox`, `lb_<9 chars of the
 * network id>` per overlay load balancer, `1-<10 chars>` per overlay (br0 and vxlan0), and one per
 * running container, named by the first 12 digits of its sandbox id (not the container id).
 */
export function namespaces(w: World, machine: string): Namespace[] {
  const out: Namespace[] = [];
  const swarm = w.swarm !== null && gwbridgeOf(w, machine) !== undefined;
  for (const n of Object.values(w.networks)) {
    if (n.driver !== 'overlay' || networkPeers(w, n.id, machine)[0]?.name !== machine) continue;
    out.push({ kind: 'overlay', name: `1-${n.id.slice(0, 10)}`, network: n.id });
    if (n.ingress && swarm) out.push({ kind: 'ingress', name: 'ingress_sbox', network: n.id });
    const lb = Object.values(w.endpoints).some((e) => e.network === n.id && e.owner.kind === 'lb' && e.owner.machine === machine);
    if (!n.ingress && lb) out.push({ kind: 'lb', name: `lb_${n.id.slice(0, 9)}`, network: n.id });
  }
  for (const c of Object.values(w.containers)) {
    if (c.machine === machine && c.state === 'running' && c.interfaces.length > 0) out.push({ kind: 'container', name: sandboxId(c.id).slice(0, 12), container: c.id });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
