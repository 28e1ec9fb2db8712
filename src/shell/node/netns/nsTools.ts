import { overlayFdb, fdbShow, neighShow } from '../../../sim/query/fdb';
import { ipvsadmService, ipvsTable } from '../../../sim/query/ipvsTable';
import type { World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { fail, ok } from '../../types';
import { iptables } from '../iptables/iptables';
import type { Namespace } from './namespaces';
import { nsIp } from './nsIp';
import { sandboxTables } from './sandboxTables';

const lines = (s: string): string => (s === '' ? '' : `${s}\n`);

/** `ipvsadm -Ln`: the header, then each virtual service of the sandbox's network. */
function ipvsadm(w: World, ns: Namespace): string {
  const head = ['IP Virtual Server version 1.2.1 (size=4096)', 'Prot LocalAddress:Port Scheduler Flags', '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn'];
  const services = ns.kind === 'lb' || ns.kind === 'ingress' ? ipvsTable(w, ns.network) : [];
  return [...head, ...services.flatMap((s) => ipvsadmService(s.fwmark, s.backends))].join('\n') + '\n';
}

/** `ip -d link show vxlan0` in an overlay namespace (lo is 1, br0 2, vxlan0 3 there); Docker turns UDP checksums off. */
function vxlanLink(w: World, ns: Namespace & { kind: 'overlay' }): string {
  const n = w.networks[ns.network];
  const vni = n?.vni ?? 0;
  const mac = `02:42:${vni.toString(16).padStart(8, '0').replace(/(..)(?=.)/g, '$1:')}`;
  return [
    `3: vxlan0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue master br0 state UNKNOWN mode DEFAULT group default`,
    `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1`,
    `    vxlan id ${vni} srcport 0 0 dstport ${w.swarm?.dataPathPort ?? 4789} proxy l2miss l3miss ttl inherit ageing 300 noudpcsum noudp6zerocsumtx noudp6zerocsumrx`,
    '    bridge_slave state forwarding priority 32 cost 100 hairpin off guard off root_block off fastleave off learning on flood on',
  ].join('\n') + '\n';
}

/** A command run by `nsenter --net=...` inside one of Docker's namespaces on `machine` (as root). */
export function runInNamespace(w: World, machine: string, ns: Namespace, argv: readonly string[]): CommandOutcome {
  const [cmd = '', ...rest] = argv;
  const words = rest.join(' ');
  if (cmd === 'ipvsadm') return ok(ipvsadm(w, ns));
  if (cmd === 'iptables') return iptables(argv, w, true, sandboxTables(w, ns, machine));
  if (ns.kind === 'overlay') {
    const entries = overlayFdb(w, ns.network, machine);
    if (cmd === 'bridge' && /^fdb( show)?( dev vxlan0)?$/.test(words)) return ok(lines(fdbShow(entries)));
    if (cmd === 'ip' && /^neigh( show)?( dev vxlan0)?$/.test(words)) return ok(lines(neighShow(entries)));
    if (cmd === 'ip' && /^-d link show vxlan0$/.test(words)) return ok(vxlanLink(w, ns));
  }
  if (ns.kind !== 'overlay' && cmd === 'ip') {
    const out = nsIp(w, machine, ns, words);
    if (out) return out;
  }
  if (cmd === 'bridge' || cmd === 'ip') {
    if (/ vxlan0$/.test(words)) return fail('Device "vxlan0" does not exist.\n', 1);
    return ok('');
  }
  return fail(`nsenter: failed to execute ${cmd}: No such file or directory\n`, 127);
}
