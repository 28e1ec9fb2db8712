import type { NetworkCreateSpec } from '../changes';
import type { Draft } from '../draft';
import type { SimError } from '../errors';
import { swarmId } from '../ids';
import { checkGateway, checkSubnet, defaultGateway } from '../ipam/cidr';
import { checkSwarmSubnet, nextSwarmSubnet } from '../ipam/swarmPool';
import { profiles } from '../profile';
import type { Network } from '../world';

type SwarmNetworkSpec = Omit<NetworkCreateSpec, 'driver'> & { driver: 'overlay' };

/**
 * A new swarm-scoped overlay. Its VNI is taken now; its subnet now, or (profile 17.10) when the first
 * service attaches (see `ensureAllocated`).
 */
export function createSwarmNetwork(
  d: Draft,
  spec: SwarmNetworkSpec,
  when: { allocateNow: boolean },
): Network | SimError {
  const requested = { ...(spec.subnet ? { subnet: spec.subnet } : {}), ...(spec.gateway ? { gateway: spec.gateway } : {}) };
  const invalid = validateRequested(requested) ?? overlapping(d, requested.subnet);
  if (invalid) return invalid;
  const vni = d.cursors.vni;
  d.cursors = { ...d.cursors, vni: vni + 1 };
  const encrypted = 'encrypted' in spec.options;
  const network: Network = {
    id: swarmId(d.rng),
    name: spec.name,
    driver: 'overlay',
    scope: 'swarm',
    machine: null,
    createdAt: null,
    ipam: null,
    requested,
    vni,
    internal: spec.internal,
    attachable: spec.attachable,
    ingress: spec.ingress,
    encrypted,
    options: { ...spec.options, 'com.docker.network.driver.overlay.vxlanid_list': String(vni) },
    labels: spec.labels,
    predefined: false,
    cursor: null,
  };
  d.putNetwork(network);
  if (when.allocateNow || !profiles[d.profile].subnetOnFirstService) return ensureAllocated(d, network);
  return network;
}

function validateRequested(r: { subnet?: string; gateway?: string }): SimError | null {
  if (!r.subnet) return null;
  const bad = checkSubnet(r.subnet);
  if (bad) return { key: 'ipam', params: {}, detail: bad };
  if (r.gateway) {
    const badGw = checkGateway(r.subnet, r.gateway);
    if (badGw) return { key: 'ipam', params: {}, detail: badGw };
  }
  return null;
}

/** The pool-overlap refusal when `subnet` shares addresses with another swarm network's subnet. */
function overlapping(d: Draft, subnet: string | undefined): SimError | null {
  if (!subnet) return null;
  const bad = checkSwarmSubnet(subnet, swarmSubnets(d));
  return bad ? { key: 'ipam', params: {}, detail: bad } : null;
}

function swarmSubnets(d: Draft): string[] {
  return Object.values(d.networks).flatMap((n) => (n.scope === 'swarm' && n.ipam ? [n.ipam.subnet] : []));
}

/** Gives a swarm network its subnet and creation time if it has none yet. */
export function ensureAllocated(d: Draft, network: Network): Network | SimError {
  const current = d.networks[network.id] ?? network;
  if (current.ipam) return current;
  const swarm = d.swarm;
  if (!swarm) return current;
  let subnet = current.requested.subnet;
  if (subnet) {
    const clash = overlapping(d, subnet);
    if (clash) return { ...clash, params: { network: current.name } };
  } else {
    const used = swarmSubnets(d);
    const next = nextSwarmSubnet(swarm.addrPools, swarm.maskLength, used);
    if (typeof next !== 'string') return { key: 'ipam', params: { network: current.name }, detail: next };
    subnet = next;
  }
  const allocated: Network = {
    ...current,
    createdAt: d.now,
    ipam: { subnet, gateway: current.requested.gateway ?? defaultGateway(subnet) },
  };
  d.putNetwork(allocated);
  return allocated;
}
