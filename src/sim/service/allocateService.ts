import { attach, isSimError } from '../addressing';
import type { Draft } from '../draft';
import { ingressNetwork, taskNetworks } from '../lookup';
import type { Service } from '../world';

/** Whether a service publishes a port through the routing mesh (swarmkit's `IsIngressNetworkNeeded`). */
export function needsIngress(s: Service): boolean {
  return s.spec.ports.some((p) => p.mode === 'ingress');
}

/**
 * swarmkit's allocator for a service: a VIP on each of its networks (ingress first when it publishes).
 * False while that cannot be done (`ingress network is missing`, or a network has no address left): the
 * service's tasks then stay `new`, and the next pass tries again (e.g. once a new `--ingress` network exists).
 */
export function allocateService(d: Draft, s: Service): boolean {
  if (needsIngress(s) && !ingressNetwork(d)) return false;
  if (s.spec.endpointMode !== 'vip') return true;
  const have = new Set(d.endpointsOf(`vip:${s.id}`).map((e) => e.network));
  for (const { network } of taskNetworks(d, s)) {
    if (have.has(network.id)) continue;
    if (!network.ipam) return false;
    const vip = attach(d, network, { kind: 'vip', service: s.id });
    if (isSimError(vip)) return false;
  }
  return true;
}
