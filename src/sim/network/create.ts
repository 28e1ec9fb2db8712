import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { engineId } from '../ids';
import { checkGateway, checkLocalSubnet, checkSubnet, defaultGateway } from '../ipam/cidr';
import { nextLocalSubnet } from '../ipam/localPools';
import { findMachine, ingressNetwork, networksVisibleOn } from '../lookup';
import { createSwarmNetwork } from './createSwarmNetwork';
import { localNetwork, localSubnetsOn } from './localNetwork';
import { managerCheck } from '../swarm/managerCheck';
import { addIngressSandboxes } from './ingressSandboxes';
import { reconcile } from '../service/reconcile';
import { swarmNameError } from '../objectName';

type Create = Extract<Change, { type: 'network/create' }>;

/** `docker network create`: an overlay (swarm scope, managers only) or a local bridge. Returns the id. */
export function createNetwork(d: Draft, c: Create): string | SimError {
  const spec = c.spec;
  if (!findMachine(d, c.on)) return simError('no-such-machine', { machine: c.on });
  if (spec.driver === 'overlay') {
    const denied = managerCheck(d, c.on);
    if (denied) return denied;
    const badName = swarmNameError(spec.name);
    if (badName) return badName;
    if (Object.values(d.networks).some((n) => n.scope === 'swarm' && n.name === spec.name)) {
      return simError('network-exists', { name: spec.name });
    }
    if (spec.ingress && spec.attachable) return simError('network-ingress-attachable');
    if (spec.ingress && ingressNetwork(d)) return simError('network-ingress-exists', { name: ingressNetwork(d)?.name ?? '' });
    const created = createSwarmNetwork(d, { ...spec, driver: 'overlay' }, { allocateNow: spec.ingress });
    if ('key' in created) return created;
    if (spec.ingress) {
      // A new routing mesh: every node gets its ingress-sbox on it, and published services waiting for an
      // ingress network get their VIPs and start (swarmkit's allocator retries them).
      const sandboxes = addIngressSandboxes(d, created);
      if (sandboxes) return sandboxes;
      reconcile(d);
    }
    return created.id;
  }
  if (networksVisibleOn(d, c.on).some((n) => n.name === spec.name)) return simError('network-exists', { name: spec.name });
  if (spec.ingress) return simError('network-driver-scope', { driver: spec.driver });
  const used = localSubnetsOn(d, c.on);
  let subnet = spec.subnet;
  if (subnet) {
    const bad = checkSubnet(subnet) ?? checkLocalSubnet(subnet, used) ?? (spec.gateway ? checkGateway(subnet, spec.gateway) : null);
    if (bad) return { key: 'ipam', params: {}, detail: bad };
  } else {
    const next = nextLocalSubnet(used);
    if (typeof next !== 'string') return { key: 'ipam', params: {}, detail: next };
    subnet = next;
  }
  const network = localNetwork({
    id: engineId(d.rng),
    name: spec.name,
    driver: 'bridge',
    machine: c.on,
    createdAt: d.now,
    ipam: { subnet, gateway: spec.gateway ?? defaultGateway(subnet) },
    requested: { ...(spec.subnet ? { subnet: spec.subnet } : {}), ...(spec.gateway ? { gateway: spec.gateway } : {}) },
    internal: spec.internal,
    attachable: spec.attachable,
    options: spec.options,
    labels: spec.labels,
  });
  d.putNetwork(network);
  return network.id;
}
