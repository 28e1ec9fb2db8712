import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import type { PortConfig, ServiceSpec } from '../world';
import { isValidConstraint } from './constraints';

const DYNAMIC_PORTS = { first: 30000, last: 32767 };
/** The most replicas one service may ask for: the playground's limit (Docker has none), so the page stays responsive. */
export const MAX_REPLICAS = 10_000;

/**
 * Checks a spec against the cluster and fills what swarm fills: network names become ids, a published
 * port 0 gets one from 30000-32767. `self` is the service being updated (its own ports do not conflict).
 */
export function resolveSpec(d: Draft, spec: ServiceSpec, self: string | null): ServiceSpec | SimError {
  if (spec.mode.kind === 'replicated' && spec.mode.replicas > MAX_REPLICAS) {
    return simError('replicas-limit', { replicas: spec.mode.replicas, limit: MAX_REPLICAS });
  }
  const networks: ServiceSpec['networks'][number][] = [];
  for (const n of spec.networks) {
    const all = Object.values(d.networks);
    const net =
      all.find((x) => x.scope === 'swarm' && (x.id === n.network || x.name === n.network)) ??
      all.find((x) => x.scope === 'swarm' && n.network.length > 0 && x.id.startsWith(n.network));
    if (!net) {
      const local = all.find((x) => x.scope === 'local' && (x.name === n.network || x.id.startsWith(n.network)));
      if (local) return simError('network-not-swarm-scoped', { name: n.network });
      return simError('network-not-found', { name: n.network });
    }
    if (net.ingress) return simError('network-not-swarm-scoped', { name: n.network });
    networks.push({ network: net.id, aliases: n.aliases });
  }
  for (const c of spec.constraints) if (!isValidConstraint(c)) return simError('invalid-constraint', { constraint: c });
  if (spec.endpointMode === 'dnsrr' && spec.ports.some((p) => p.mode === 'ingress')) return simError('dnsrr-ingress-port');
  if (spec.ports.some((p) => p.mode === 'ingress') && !Object.values(d.networks).some((n) => n.ingress)) {
    return simError('service-needs-ingress');
  }
  const taken = new Map<string, { name: string; id: string }>();
  for (const s of Object.values(d.services)) {
    if (s.id === self) continue;
    for (const p of s.spec.ports) if (p.mode === 'ingress') taken.set(`${p.protocol}/${p.published}`, { name: s.spec.name, id: s.id });
  }
  const ports: PortConfig[] = [];
  for (const p of spec.ports) {
    if (p.target < 1 || p.target > 65535 || p.published < 0 || p.published > 65535) return simError('port-range', { port: p.published });
    let published = p.published;
    if (published === 0 && p.mode === 'ingress') {
      published = DYNAMIC_PORTS.first;
      while (taken.has(`${p.protocol}/${published}`) || ports.some((q) => q.published === published)) published++;
      if (published > DYNAMIC_PORTS.last) return simError('port-range', { port: 0 });
    }
    const owner = p.mode === 'ingress' ? taken.get(`${p.protocol}/${published}`) : undefined;
    if (owner) return simError('port-in-use', { port: published, service: owner.name, id: owner.id });
    ports.push({ ...p, published });
  }
  return { ...spec, networks, ports };
}
