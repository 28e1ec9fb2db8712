import { ipvsTable } from '../../../sim/query/ipvsTable';
import type { World } from '../../../sim/world';
import type { Rule, Table } from '../iptables/rule';
import type { Namespace } from './namespaces';

const builtin = (names: readonly string[], rules: ReadonlyMap<string, readonly Rule[]>): Table =>
  names.map((name) => ({ name, policy: 'ACCEPT' as const, rules: rules.get(name) ?? [] }));

const mark = (m: number): string => `0x${m.toString(16)}`;

/**
 * iptables inside ingress_sbox and an LB sandbox, as libnetwork programs them: mangle marks each
 * published port (PREROUTING) and each VIP (INPUT) with the service's firewall mark; nat SNATs what IPVS
 * sends into the network to the sandbox's own address.
 */
export function sandboxTables(w: World, ns: Namespace, machine: string): (t: string) => Table | null {
  const network = ns.kind === 'container' ? '' : ns.network;
  const table = ipvsTable(w, network);
  const own = Object.values(w.endpoints).find((e) => e.network === network && (e.owner.kind === 'lb' || e.owner.kind === 'ingress-sbox') && e.owner.machine === machine);
  const subnet = w.networks[network]?.ipam?.subnet ?? '';
  return (t) => {
    if (t === 'mangle') {
      const pre: Rule[] = [];
      if (ns.kind === 'ingress') {
        for (const s of Object.values(w.services)) {
          for (const p of s.spec.ports.filter((x) => x.mode === 'ingress')) {
            pre.push({ target: 'MARK', prot: p.protocol, extra: `${p.protocol} dpt:${p.published} MARK set ${mark(s.fwmark)}`, spec: `-p ${p.protocol} -m ${p.protocol} --dport ${p.published} -j MARK --set-xmark ${mark(s.fwmark)}/0xffffffff` });
          }
        }
      }
      const input: Rule[] = ns.kind === 'container' ? [] : table.map((v) => ({ target: 'MARK', prot: 'all', dst: v.vip, extra: `MARK set ${mark(v.fwmark)}`, spec: `-d ${v.vip}/32 -j MARK --set-xmark ${mark(v.fwmark)}/0xffffffff` }));
      return builtin(['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'], new Map([['PREROUTING', pre], ['INPUT', input]]));
    }
    if (t === 'nat') {
      const post: Rule[] = own && ns.kind !== 'container'
        ? [{ target: 'SNAT', prot: 'all', dst: subnet, extra: `ipvs to:${own.ip}`, spec: `-d ${subnet} -m ipvs --ipvs -j SNAT --to-source ${own.ip}` }]
        : [];
      return builtin(['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], new Map([['POSTROUTING', post]]));
    }
    if (t === 'filter') return builtin(['INPUT', 'FORWARD', 'OUTPUT'], new Map());
    return null;
  };
}
