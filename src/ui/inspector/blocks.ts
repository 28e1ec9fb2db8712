import type { MessageKey, Params } from '../../i18n/t';
import { fdbShow, neighShow, overlayFdb } from '../../sim/query/fdb';
import { ipvsadmService, ipvsTable } from '../../sim/query/ipvsTable';
import { localEndpoints } from '../../sim/query/localEndpoints';
import type { World } from '../../sim/world';

/** Command output shown as it is printed (a `<pre>`), under a translated heading; `empty` when there is no line. */
export interface Block {
  readonly title: MessageKey;
  readonly params?: Params;
  readonly text: string;
  readonly empty: MessageKey;
}

const IPVS_HEADER = [
  'IP Virtual Server version 1.2.1 (size=4096)',
  'Prot LocalAddress:Port Scheduler Flags',
  '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
];

/** `ipvsadm -Ln` in a sandbox holding the IPVS table of one network (counters are always 0 here). */
export function ipvsadmText(w: World, networkId: string): string {
  const services = ipvsTable(w, networkId);
  if (services.length === 0) return '';
  const lines = [...IPVS_HEADER];
  for (const s of services) lines.push(...ipvsadmService(s.fwmark, s.backends));
  return lines.join('\n');
}

/** The IPVS block of an LB sandbox or the ingress sandbox. */
export function ipvsBlock(w: World, networkId: string): Block {
  return { title: 'inspector.ipvs', text: ipvsadmText(w, networkId), empty: 'inspector.ipvsEmpty' };
}

/** FDB and static ARP of one overlay's namespace on a machine. */
export function fdbBlocks(w: World, networkId: string, machine: string): Block[] {
  const entries = overlayFdb(w, networkId, machine);
  const params = { network: w.networks[networkId]?.name ?? networkId };
  return [
    { title: 'inspector.fdb', params, text: fdbShow(entries), empty: 'inspector.fdbEmpty' },
    { title: 'inspector.arp', params, text: neighShow(entries), empty: 'inspector.fdbEmpty' },
  ];
}

/** The FDB of an overlay on every machine that holds it: what a selected overlay shows. */
export function fdbByNode(w: World, networkId: string): Block[] {
  const network = w.networks[networkId];
  if (network?.driver !== 'overlay') return [];
  return w.machines
    .filter((m) => localEndpoints(w, networkId, m.name).length > 0)
    .map((m) => ({ title: 'inspector.fdbNode', params: { network: network.name, machine: m.name }, text: fdbShow(overlayFdb(w, networkId, m.name)), empty: 'inspector.fdbEmpty' }));
}
