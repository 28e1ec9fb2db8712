import { attach, usedAddresses } from '../addressing';
import type { Draft } from '../draft';
import { profiles } from '../profile';
import type { Network } from '../world';

/**
 * Keeps one LB endpoint per (node, overlay) where the profile wants one (SPEC §0, §6):
 * profile 29: on nodes where a running container uses the overlay, released when the last one goes;
 * profile 17.10: on every swarm node once the overlay is in use, kept until the network is removed.
 */
export function syncLoadBalancers(d: Draft): void {
  const everyNode = profiles[d.profile].overlayAddressOrder === 'lb-first';
  const machines = (d.swarm?.nodes ?? []).filter((n) => !n.left).map((n) => n.machine);
  const users = new Map<string, Set<string>>();
  for (const c of Object.values(d.containers)) {
    if (c.state !== 'running') continue;
    for (const id of c.interfaces) {
      const e = d.endpoints[id];
      if (!e) continue;
      const set = users.get(e.network) ?? new Set<string>();
      set.add(c.machine);
      users.set(e.network, set);
    }
  }
  const lbs = new Map<string, Map<string, string>>();
  for (const e of Object.values(d.endpoints)) {
    if (e.owner.kind !== 'lb') continue;
    const byMachine = lbs.get(e.network) ?? new Map<string, string>();
    byMachine.set(e.owner.machine, e.id);
    lbs.set(e.network, byMachine);
  }
  for (const net of Object.values(d.networks)) {
    if (net.driver !== 'overlay' || net.ingress || !net.ipam) continue;
    const have = lbs.get(net.id) ?? new Map<string, string>();
    const inUse = users.get(net.id) ?? new Set<string>();
    const want = everyNode ? (have.size > 0 || inUse.size > 0 ? new Set(machines) : new Set<string>()) : inUse;
    for (const [machine, id] of have) if (!want.has(machine) && !everyNode) d.dropEndpoint(id);
    const missing = machines.filter((m) => want.has(m) && !have.has(m));
    if (missing.length > 0) addLoadBalancers(d, net, missing);
  }
}

/** LB endpoints for the given machines, in the order given. */
export function addLoadBalancers(d: Draft, net: Network, machines: readonly string[]): void {
  const used = usedAddresses(d, net.id);
  for (const machine of machines) attach(d, net, { kind: 'lb', machine }, [], used);
}
