import { isServing, taskNetworks } from '../lookup';
import { derivedMap } from '../derived';
import type { WorldView } from '../view';
import { endpointIndex } from './endpointIndex';

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
  const tables = derivedMap<string, IpvsService[]>(w, 'ipvs-tables');
  const known = tables.get(networkId);
  if (known) return known;
  const built = buildTable(w, networkId);
  tables.set(networkId, built);
  return built;
}

function buildTable(w: WorldView, networkId: string): IpvsService[] {
  const index = endpointIndex(w);
  const out: IpvsService[] = [];
  for (const e of index.byNetwork.get(networkId) ?? []) {
    if (e.owner.kind !== 'vip') continue;
    const s = w.services[e.owner.service];
    if (!s || !taskNetworks(w, s).some((n) => n.network.id === networkId)) continue;
    const backends: string[] = [];
    for (const t of index.tasksByService.get(s.id) ?? []) {
      if (!isServing(w, t)) continue;
      const ip = (index.byOwner.get(`task:${t.id}`) ?? []).find((x) => x.network === networkId)?.ip;
      if (ip) backends.push(ip);
    }
    out.push({ fwmark: s.fwmark, service: s.id, network: networkId, vip: e.ip, backends });
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
