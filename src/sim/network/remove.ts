import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findNetwork } from '../lookup';
import { managerCheck } from '../swarm/managerCheck';
import { removeIngressSandboxes } from './ingressSandboxes';

type Remove = Extract<Change, { type: 'network/rm' }>;

/** `docker network rm`: refuses predefined networks and networks in use. Returns the name as given. */
export function removeNetwork(d: Draft, c: Remove): string | SimError {
  const net = findNetwork(d, c.on, c.network);
  if (!net) return simError('network-not-found', { name: c.network });
  if (net.predefined) return simError('network-predefined', { name: net.name });
  if (net.scope === 'swarm') {
    const denied = managerCheck(d, c.on);
    if (denied) return denied;
    const user = Object.values(d.services).find(
      (s) => s.spec.networks.some((n) => n.network === net.id) || (net.ingress && s.spec.ports.some((p) => p.mode === 'ingress')),
    );
    if (user) {
      if (net.ingress) return simError('network-ingress-in-use', { service: user.id });
      return simError('network-in-use-by-service', { network: net.id, service: user.id });
    }
    const busy = Object.values(d.endpoints).some((e) => e.network === net.id && e.owner.kind === 'container');
    if (busy) return simError('network-in-use-by-container', { name: net.name, id: net.id });
  } else {
    const busy = Object.values(d.endpoints).some((e) => e.network === net.id);
    if (busy) return simError('network-in-use-by-container', { name: net.name, id: net.id });
  }
  for (const e of Object.values(d.endpoints)) if (e.network === net.id) d.dropEndpoint(e.id);
  if (net.ingress) removeIngressSandboxes(d);
  d.dropNetwork(net.id);
  return c.network;
}
