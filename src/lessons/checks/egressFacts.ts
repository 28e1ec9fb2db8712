import { gwbridgeOf } from '../../sim/lookup';
import type { Container, Network, World } from '../../sim/world';
import type { LessonView } from '../lesson';
import { allHops } from './traceFacts';

/** The running standalone container called `name` (on any machine), if there is one. */
export function runningContainer(w: World, name: string): Container | undefined {
  return Object.values(w.containers).find((c) => c.name === name && c.state === 'running' && c.task === null);
}

/** A container's interfaces in order (eth0, eth1, ...): each network and the address on it. */
export function interfacesOf(w: World, c: Container | undefined): { network: Network; ip: string }[] {
  if (!c) return [];
  return c.interfaces.flatMap((id) => {
    const ep = w.endpoints[id];
    const network = ep ? w.networks[ep.network] : undefined;
    return ep && network ? [{ network, ip: ep.ip }] : [];
  });
}

/** The container's address on the network called `name`, or ''. */
export function addressOn(w: World, c: Container | undefined, name: string): string {
  return interfacesOf(w, c).find((i) => i.network.name === name)?.ip ?? '';
}

/** The gateway of docker_gwbridge on a machine (the next hop of a container's default route), or ''. */
export function gwbridgeGateway(w: World, machine: string): string {
  return gwbridgeOf(w, machine)?.ipam?.gateway ?? '';
}

/** Whether a packet from `src` was masqueraded by a node on its way out (its source rewritten to the node's). */
export function masqueradedFrom(v: LessonView, src: string): boolean {
  return src !== '' && allHops(v).some((h) => h.action === 'masquerade' && h.why.params.src === src);
}

/** The rcode the embedded DNS server gave a container (by its 12-hex id) asking for `name`, or ''. */
export function dnsRcodeFor(v: LessonView, container: Container | undefined, name: string): string {
  if (!container) return '';
  for (const t of [...v.traces].reverse()) {
    const hops = t.packets.flatMap((p) => p.hops);
    const asked = hops.some((h) => h.action === 'dns-query' && h.at.kind === 'container' && h.at.container === container.id.slice(0, 12) && String(h.why.params.name).replace(/\.$/, '') === name);
    const answer = hops.find((h) => h.action === 'dns-answer' && String(h.why.params.name).replace(/\.$/, '') === name);
    if (asked && answer) return String(answer.why.params.rcode ?? '');
  }
  return '';
}
