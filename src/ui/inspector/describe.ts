import type { MessageKey, Params, Translate } from '../../i18n/t';
import { profiles } from '../../sim/profile';
import { namesOn } from '../../sim/dns/records';
import { nodeOfMachine, nodeStatus } from '../../sim/lookup';
import { containerInterfaces } from '../../sim/query/containerInterfaces';
import type { Endpoint, Network, World } from '../../sim/world';
import type { ElementRef } from '../canvas/ids';
import { fdbBlocks, fdbByNode, ipvsBlock, type Block } from './blocks';
import { describeNs, heldOverlays } from './describeNs';

/** A value shown as it is (addresses, names) or a message to translate (roles, states). */
export type Value = { readonly text: string } | { readonly key: MessageKey; readonly params?: Params };
export interface Row {
  readonly label: MessageKey;
  readonly values: readonly Value[];
}
export interface Description {
  readonly kind: MessageKey;
  readonly title: string;
  readonly rows: readonly Row[];
  readonly note?: MessageKey;
  /** Tables as their commands print them (IPVS, FDB, ARP). */
  readonly blocks?: readonly Block[];
}

export const text = (s: string): Value => ({ text: s });
export const row = (label: MessageKey, ...values: Value[]): Row => ({ label, values });

/** Names the embedded DNS answers on the container's networks, with their answers (SPEC §5). */
function dnsNames(w: World, containerId: string): Value[] {
  const c = w.containers[containerId];
  if (!c) return [];
  const task = c.task ? w.tasks[c.task] : undefined;
  const service = task ? w.services[task.service] : undefined;
  const out: Value[] = [];
  for (const iface of containerInterfaces(w, containerId)) {
    const n = iface.network;
    if (n.ingress || n.predefined || n.name === 'docker_gwbridge') continue;
    const attachment = service?.spec.networks.find((a) => a.network === n.id);
    const candidates = [
      ...(service ? [service.spec.name, `tasks.${service.spec.name}`, ...(attachment?.aliases ?? [])] : []),
      c.name, c.id.slice(0, 12), ...iface.endpoint.aliases,
    ];
    for (const name of new Set(candidates)) {
      const answer = namesOn(w, n, name.toLowerCase());
      if (answer) out.push(text(`${name} (${n.name}) → ${answer.join(', ')}`));
    }
  }
  return out;
}

/** A sandbox's addresses as eth0, eth1, ...: overlay first, then docker_gwbridge. */
function addresses(w: World, endpoints: readonly Endpoint[]): Value[] {
  const isOverlay = (e: Endpoint) => Number(w.networks[e.network]?.driver === 'overlay');
  return [...endpoints].sort((a, b) => isOverlay(b) - isOverlay(a)).map((e, i) => ({
    key: 'inspector.interface',
    params: { iface: `eth${i}`, address: e.ip, network: w.networks[e.network]?.name ?? e.network },
  }));
}

/** A value in the reader's language. */
export function valueText(v: Value, tr: Translate): string {
  return 'text' in v ? v.text : tr(v.key, v.params);
}

function describeNetwork(w: World, n: Network): Description {
  const flags = (['attachable', 'internal', 'ingress', 'encrypted'] as const).filter((f) => n[f]).map((f): Value => ({ key: `flag.${f}` }));
  const endpoints = Object.values(w.endpoints).filter((e) => e.network === n.id).length;
  return {
    kind: 'kind.network',
    title: n.name,
    rows: [
      row('inspector.driver', text(n.driver)),
      row('inspector.scope', text(n.scope)),
      row('inspector.subnet', n.ipam ? text(n.ipam.subnet) : { key: 'network.unallocated' }),
      row('inspector.gateway', n.ipam ? text(n.ipam.gateway) : { key: 'network.unallocated' }),
      row('inspector.vni', n.vni === null ? { key: 'network.none' } : text(String(n.vni))),
      row('inspector.flags', ...(flags.length > 0 ? flags : [{ key: 'network.none' } as Value])),
      row('inspector.endpoints', text(String(endpoints))),
    ],
    blocks: fdbByNode(w, n.id),
  };
}

/** What the inspector shows for a canvas element, or null if it no longer exists. */
export function describe(w: World, ref: ElementRef): Description | null {
  switch (ref.kind) {
    case 'host': {
      const m = w.machines.find((x) => x.name === ref.machine);
      if (!m) return null;
      const node = nodeOfMachine(w, m.name);
      const role: Value = node ? { key: node.leader ? 'role.leader' : `role.${node.role}` } : { key: 'role.none' };
      const status = node ? nodeStatus(w, node) : m.state === 'Running' ? 'ready' : 'down';
      return {
        kind: 'kind.host',
        title: m.name,
        rows: [
          row('inspector.hostname', text(m.name)),
          row('inspector.role', role),
          row('inspector.status', { key: `status.${status}` }),
          ...(node ? [row('inspector.availability', { key: `availability.${node.availability}` }), row('inspector.nodeId', text(node.id))] : []),
          row('inspector.underlay', text(`${m.ip}/${m.prefixLength}`)),
        ],
        blocks: heldOverlays(w, m.name).flatMap((n) => fdbBlocks(w, n.id, m.name)),
      };
    }
    case 'container': {
      const c = w.containers[ref.container];
      if (!c) return null;
      const task = c.task ? w.tasks[c.task] : undefined;
      const service = task ? w.services[task.service] : undefined;
      const ifaces = containerInterfaces(w, c.id);
      return {
        kind: task ? 'kind.task' : 'kind.container',
        title: c.name,
        rows: [
          row('inspector.image', text(c.image)),
          row('inspector.state', { key: `status.${c.state}` }),
          row('inspector.machine', text(c.machine)),
          ...(service ? [row('inspector.service', text(service.spec.name))] : []),
          row('inspector.interfaces', ...ifaces.map((i): Value => ({ key: 'inspector.interface', params: { iface: i.name, address: `${i.ip}/${i.prefixLength}`, network: i.network.name } }))),
          row('inspector.dnsNames', ...(c.state === 'running' ? dnsNames(w, c.id) : [])),
        ],
        note: 'inspector.interfaceOrder',
      };
    }
    case 'lb':
    case 'sbox': {
      const eps = Object.values(w.endpoints).filter((e) =>
        ref.kind === 'lb' ? e.owner.kind === 'lb' && e.owner.machine === ref.machine && e.network === ref.network
          : e.owner.kind === 'ingress-sbox' && e.owner.machine === ref.machine);
      if (eps.length === 0) return null;
      const network = ref.kind === 'lb' ? w.networks[ref.network] : undefined;
      // The ingress sandbox balances published ports with the ingress network's table.
      const ipvsNetwork = ref.kind === 'lb' ? ref.network : eps.find((e) => w.networks[e.network]?.ingress)?.network;
      return {
        kind: ref.kind === 'lb' ? 'kind.lb' : 'kind.sbox',
        title: ref.kind === 'lb' ? profiles[w.profile].lbEndpointKey(network?.name ?? ref.network) : 'ingress-sbox',
        rows: [row('inspector.machine', text(ref.machine)), row('inspector.interfaces', ...addresses(w, eps))],
        blocks: ipvsNetwork ? [ipvsBlock(w, ipvsNetwork)] : [],
      };
    }
    case 'network': {
      const n = w.networks[ref.network];
      return n ? describeNetwork(w, n) : null;
    }
    case 'ns':
      return describeNs(w, ref.machine, ref.network);
    case 'underlay': {
      return {
        kind: 'kind.underlay',
        title: 'underlay',
        rows: w.machines.map((m) => row('inspector.underlay', text(`${m.name} ${m.ip}/${m.prefixLength}`))),
      };
    }
    case 'laptop':
    case 'internet':
      return null;
  }
}
