import type { Draft } from '../draft';
import type { SimError } from '../errors';
import { taskNetworks } from '../lookup';
import type { Endpoint, Service } from '../world';
import { allocateVips } from './create';

/**
 * The VIPs after an update of a service's networks, ports or endpoint mode, as swarmkit's allocator
 * (cnmallocator AllocateService) does it: a VIP on a network the service keeps stays, address and all;
 * VIPs on networks it left (or all of them, for dnsrr) are freed; networks it joined get new ones.
 */
export function updateVips(d: Draft, next: Service): Endpoint[] | SimError {
  const wanted = next.spec.endpointMode === 'vip' ? new Set(taskNetworks(d, next).map(({ network }) => network.id)) : new Set<string>();
  const keep = new Set<string>();
  for (const e of d.endpointsOf(`vip:${next.id}`)) {
    if (wanted.has(e.network)) keep.add(e.network);
    else d.dropEndpoint(e.id);
  }
  return allocateVips(d, next, keep);
}
