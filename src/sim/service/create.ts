import { attach, isSimError } from '../addressing';
import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { swarmId } from '../ids';
import { taskNetworks } from '../lookup';
import { ensureAllocated } from '../network/createSwarmNetwork';
import { profiles } from '../profile';
import { managerCheck } from '../swarm/managerCheck';
import { swarmNameError } from '../objectName';
import type { Endpoint, Service, ServiceSpec } from '../world';
import { addLoadBalancers } from './loadBalancers';
import { reconcile } from './reconcile';
import { resolveSpec } from './resolveSpec';

type Create = Extract<Change, { type: 'service/create' }>;

/** `docker service create`: validates, gives the service its VIPs, then lets the orchestrator start tasks. */
export function createService(d: Draft, c: Create): string | SimError {
  const denied = managerCheck(d, c.on);
  if (denied) return denied;
  const badName = swarmNameError(c.spec.name);
  if (badName) return badName;
  if (Object.values(d.services).some((s) => s.spec.name === c.spec.name)) {
    return simError('service-exists', { name: c.spec.name });
  }
  const spec = resolveSpec(d, c.spec, null);
  if (isSimError(spec)) return spec;
  const service: Service = {
    id: swarmId(d.rng),
    spec,
    createdAt: d.now,
    updatedAt: d.now,
    version: 1,
    fwmark: d.cursors.fwmark,
  };
  d.cursors = { ...d.cursors, fwmark: d.cursors.fwmark + 1 };
  d.putService(service);
  const vips = allocateVips(d, service);
  if (isSimError(vips)) return vips;
  reconcile(d);
  return service.id;
}

/**
 * Service VIPs, one per network (ingress first); profile 17.10 first gives every node an LB address.
 * Networks in `keep` already have the service's VIP and are left as they are.
 */
export function allocateVips(d: Draft, service: Service, keep: ReadonlySet<string> = new Set()): Endpoint[] | SimError {
  const lbFirst = profiles[d.profile].overlayAddressOrder === 'lb-first';
  const out: Endpoint[] = [];
  for (const { network: raw } of taskNetworks(d, service)) {
    if (keep.has(raw.id)) continue;
    const network = ensureAllocated(d, raw);
    if (isSimError(network)) return network;
    const hasLb = Object.values(d.endpoints).some((e) => e.network === network.id && e.owner.kind === 'lb');
    if (lbFirst && !network.ingress && !hasLb) {
      addLoadBalancers(d, network, (d.swarm?.nodes ?? []).filter((n) => !n.left).map((n) => n.machine));
    }
    if (service.spec.endpointMode !== 'vip') continue;
    const vip = attach(d, network, { kind: 'vip', service: service.id });
    if (isSimError(vip)) return vip;
    out.push(vip);
  }
  return out;
}

export type { ServiceSpec };
