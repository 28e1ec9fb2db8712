import { ipvsTable as derivedIpvs, ipvsadmService } from '../query/ipvsTable';
import { endpointIndex } from '../query/endpointIndex';
import { derivedMap } from '../derived';
import type { Endpoint, Network, Service, World } from '../world';

/** IPVS state positions to store back in the world (see World.lbCursors). */
export type LbCursors = Record<string, number>;

/** The task endpoints IPVS balances a service to on a network, in the derived IPVS table's order. */
export function realServers(world: World, service: Service, network: Network): Endpoint[] {
  const realsOf = derivedMap<string, Endpoint[]>(world, 'ipvs-real-servers');
  const key = `${network.id}/${service.id}`;
  const known = realsOf.get(key);
  if (known) return known;
  const entry = derivedIpvs(world, network.id).find((v) => v.service === service.id);
  if (!entry) return [];
  const byAddress = endpointIndex(world).byAddress;
  const reals = entry.backends.map((ip) => byAddress.get(`${network.id}/${ip}`)).filter((e): e is Endpoint => e !== undefined);
  realsOf.set(key, reals);
  return reals;
}

export interface IpvsPick {
  readonly real: Endpoint;
  /** The whole virtual service as `ipvsadm -Ln` shows it, and the chosen line. */
  readonly table: string;
  readonly key: string;
  readonly next: number;
}

/**
 * Round robin: the real server at the stored position for this IPVS table, and the position after it.
 * `key` names the table's namespace, e.g. `default/lb-mynet/256`.
 */
export function ipvsPick(world: World, pending: LbCursors, key: string, fwmark: number, reals: readonly Endpoint[]): IpvsPick | null {
  if (reals.length === 0) return null;
  const at = (pending[key] ?? world.lbCursors?.[key] ?? 0) % reals.length;
  const real = reals[at] as Endpoint;
  return { real, table: ipvsTable(world, fwmark, reals), key, next: (at + 1) % reals.length };
}

/**
 * `FWM  256 rr` and one `  -> 10.0.1.4:0  Masq  1  0  0` line per real server, padded like ipvsadm -Ln;
 * printed once per world and real-server list (the lists come from `realServers`, one per world).
 */
export function ipvsTable(world: World, fwmark: number, reals: readonly Endpoint[]): string {
  const printed = derivedMap<readonly Endpoint[], Map<number, string>>(world, 'ipvsadm-text');
  let byMark = printed.get(reals);
  if (!byMark) printed.set(reals, (byMark = new Map()));
  let text = byMark.get(fwmark);
  if (text === undefined) byMark.set(fwmark, (text = ipvsadmService(fwmark, reals.map((r) => r.ip)).join('\n')));
  return text;
}

/** The mangle rule that marks traffic to a VIP (`PREROUTING` in an LB sandbox, `OUTPUT` in the client). */
export function markRule(chain: 'PREROUTING' | 'OUTPUT', vip: string, fwmark: number): string {
  return `-A ${chain} -d ${vip}/32 -j MARK --set-xmark 0x${fwmark.toString(16)}/0xffffffff`;
}

/** The ingress-sbox mangle rule for a published port. */
export function ingressMarkRule(protocol: string, port: number, fwmark: number): string {
  return `-A PREROUTING -p ${protocol} -m ${protocol} --dport ${port} -j MARK --set-xmark 0x${fwmark.toString(16)}/0xffffffff`;
}

/** The SNAT rule after IPVS in an LB sandbox or ingress-sbox. */
export function ipvsSnatRule(subnet: string, to: string): string {
  return `-A POSTROUTING -d ${subnet} -m ipvs --ipvs -j SNAT --to-source ${to}`;
}
