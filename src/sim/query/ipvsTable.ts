import { isServing, taskNetworks } from '../lookup';
import type { WorldView } from '../view';

/** One IPVS virtual service: a firewall mark for a service's VIP on a network, and its real servers. */
export interface IpvsService {
  readonly fwmark: number;
  readonly service: string;
  readonly network: string;
  readonly vip: string;
  /** Addresses of the service's serving tasks on that network, in task order. */
  readonly backends: readonly string[];
}

/**
 * The IPVS table a node's LB sandbox holds for one network (SPEC §6): one virtual service per VIP-mode
 * service attached to the network, scheduler rr, NAT mode, weight 1. Derived, never stored.
 */
export function ipvsTable(w: WorldView, networkId: string): IpvsService[] {
  const out: IpvsService[] = [];
  const vipOf = new Map<string, string>();
  const byTask = new Map<string, string>();
  for (const e of Object.values(w.endpoints)) {
    if (e.network !== networkId) continue;
    if (e.owner.kind === 'vip') vipOf.set(e.owner.service, e.ip);
    if (e.owner.kind === 'task') byTask.set(e.owner.task, e.ip);
  }
  for (const s of Object.values(w.services)) {
    const vip = vipOf.get(s.id);
    if (!vip || !taskNetworks(w, s).some((n) => n.network.id === networkId)) continue;
    const backends: string[] = [];
    for (const t of Object.values(w.tasks)) {
      if (t.service !== s.id || !isServing(w, t)) continue;
      const ip = byTask.get(t.id);
      if (ip) backends.push(ip);
    }
    out.push({ fwmark: s.fwmark, service: s.id, network: networkId, vip, backends });
  }
  return out.sort((a, b) => a.fwmark - b.fwmark);
}

/** One virtual service as `ipvsadm -Ln` prints it: `FWM  256 rr`, then a padded line per real server. */
export function ipvsadmService(fwmark: number, backends: readonly string[]): string[] {
  return [
    `FWM  ${fwmark} rr`,
    ...backends.map((ip) => `  -> ${`${ip}:0`.padEnd(28)} ${'Masq'.padEnd(7)} ${'1'.padEnd(6)} ${'0'.padEnd(10)} 0`),
  ];
}
