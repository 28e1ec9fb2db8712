import { describe, expect, it } from 'vitest';
import { seed2017, threeNode } from '../../scenario/builtins';
import { initialWorld } from '../../scenario/load';
import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import type { World } from '../../sim/world';
import type { FlowNode } from './flowTypes';
import { parseElementId } from './ids';
import { toFlow } from './toFlow';
import { tunnelEdges } from './tunnels';

function apply(w: World, ...changes: Change[]): World {
  return changes.reduce((acc, c) => {
    const r = applyChange(acc, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.error.key}`);
    return r.world;
  }, w);
}

const overlay = (name: string): Change => ({
  type: 'network/create', on: 'default',
  spec: { name, driver: 'overlay', attachable: true, internal: false, ingress: false, options: {}, labels: {} },
});
const service = (name: string, network: string, replicas: number): Change => ({
  type: 'service/create', on: 'default',
  spec: { name, image: 'nginx', args: [], mode: { kind: 'replicated', replicas }, networks: [{ network, aliases: [] }], ports: [], endpointMode: 'vip', hostname: null, constraints: [] },
});
const run = (on: string, name: string, network: string | null): Change => ({
  type: 'container/run', on, spec: { name, image: 'alpine', command: ['sleep', '1d'], network, aliases: [], hostname: null, ports: [] },
});
const wait: Change = { type: 'clock/advance', ms: 10_000 };

/** One line per node: id (short), parent, position, size, label and addresses. */
function outline(nodes: readonly FlowNode[]): string {
  return nodes.map((n) => {
    const d = n.data as Record<string, unknown>;
    const label = n.type === 'host' ? `${d.machine} ${d.role ?? '-'}${d.leader ? '*' : ''} ${d.status} ${d.availability ?? '-'} ${d.address} gw=${d.gwbridge ?? '-'}`
      : n.type === 'member' ? `${d.kind} ${String(d.name).replace(/\.[a-z0-9]{25}$/, '')} ${d.image ?? '-'} ${(d.addresses as { network: string; ip: string }[]).map((a) => `${a.network}=${a.ip}`).join(',')}`
      : n.type === 'network' ? `${d.name} ${d.subnet ?? '-'} vni=${d.vni ?? '-'} ${d.colour}`
      : n.type === 'overlayNs' ? `ns ${d.network} vni=${d.vni ?? '-'} ${d.colour}`
      : n.type === 'outside' ? `${d.kind} ${d.address || '-'}`
      : `underlay ${d.subnet}`;
    return `${n.type}@${n.parentId?.split(':')[1] ?? '-'} (${n.position.x},${n.position.y}) ${n.width}x${n.height} ${label}`;
  }).join('\n');
}

describe('toFlow', () => {
  it('draws the three-node swarm: hosts, ingress sandboxes, the ingress overlay', () => {
    const { nodes, edges } = toFlow(initialWorld(threeNode), 'overlay');
    expect(outline(nodes)).toBe([
      'host@- (0,0) 300x260 default manager* ready active 192.168.99.100/24 gw=172.18.0.1/16',
      'host@- (348,0) 300x260 default-2 worker ready active 192.168.99.101/24 gw=172.18.0.1/16',
      'host@- (696,0) 300x260 default-3 worker ready active 192.168.99.102/24 gw=172.18.0.1/16',
      'outside@- (-268,0) 220x72 laptop 192.168.99.1/24',
      'outside@- (-268,120) 220x72 internet -',
      'member@default (14,122) 272x84 sbox ingress-sbox - ingress=10.0.0.2,docker_gwbridge=172.18.0.2',
      'overlayNs@default (14,216) 272x30 ns ingress vni=4096 #0f8b8d',
      'member@default-2 (14,122) 272x84 sbox ingress-sbox - ingress=10.0.0.3,docker_gwbridge=172.18.0.2',
      'overlayNs@default-2 (14,216) 272x30 ns ingress vni=4096 #0f8b8d',
      'member@default-3 (14,122) 272x84 sbox ingress-sbox - ingress=10.0.0.4,docker_gwbridge=172.18.0.2',
      'overlayNs@default-3 (14,216) 272x30 ns ingress vni=4096 #0f8b8d',
      'network@- (0,-170) 210x84 ingress 10.0.0.0/24 vni=4096 #0f8b8d',
    ].join('\n'));
    expect(edges.map((e) => `${e.source.split(':')[1]} -> ${parseElementId(e.target)?.kind} ${e.data?.label}`)).toEqual([
      'default -> network 10.0.0.2',
      'default-2 -> network 10.0.0.3',
      'default-3 -> network 10.0.0.4',
    ]);
  });

  it('adds a service: tasks and LB sandboxes inside their hosts, a new coloured overlay, nothing that was there moves', () => {
    const before = apply(initialWorld(threeNode), overlay('mynet'), run('default', 'c1', 'mynet'), wait);
    const after = apply(before, service('web', 'mynet', 3), wait);
    const flowBefore = toFlow(before, 'overlay');
    const flowAfter = toFlow(after, 'overlay');
    for (const n of flowBefore.nodes) {
      expect(flowAfter.nodes.find((m) => m.id === n.id)?.position).toEqual(n.position);
    }
    expect(outline(flowAfter.nodes)).toBe([
      'host@- (0,0) 300x562 default manager* ready active 192.168.99.100/24 gw=172.18.0.1/16',
      'host@- (348,0) 300x468 default-2 worker ready active 192.168.99.101/24 gw=172.18.0.1/16',
      'host@- (696,0) 300x468 default-3 worker ready active 192.168.99.102/24 gw=172.18.0.1/16',
      'outside@- (-268,0) 220x72 laptop 192.168.99.1/24',
      'outside@- (-268,120) 220x72 internet -',
      'member@default (14,122) 272x84 sbox ingress-sbox - ingress=10.0.0.2,docker_gwbridge=172.18.0.2',
      'overlayNs@default (14,216) 272x30 ns ingress vni=4096 #0f8b8d',
      'overlayNs@default (14,256) 272x30 ns mynet vni=4097 #d9480f',
      'member@default (14,296) 272x64 lb lb-mynet - mynet=10.0.1.3',
      'member@default (14,370) 272x84 container c1 alpine mynet=10.0.1.2,docker_gwbridge=172.18.0.3',
      'member@default (14,464) 272x84 task web.2 nginx:latest mynet=10.0.1.6,docker_gwbridge=172.18.0.4',
      'member@default-2 (14,122) 272x84 sbox ingress-sbox - ingress=10.0.0.3,docker_gwbridge=172.18.0.2',
      'overlayNs@default-2 (14,216) 272x30 ns ingress vni=4096 #0f8b8d',
      'overlayNs@default-2 (14,256) 272x30 ns mynet vni=4097 #d9480f',
      'member@default-2 (14,296) 272x64 lb lb-mynet - mynet=10.0.1.8',
      'member@default-2 (14,370) 272x84 task web.3 nginx:latest mynet=10.0.1.7,docker_gwbridge=172.18.0.3',
      'member@default-3 (14,122) 272x84 sbox ingress-sbox - ingress=10.0.0.4,docker_gwbridge=172.18.0.2',
      'overlayNs@default-3 (14,216) 272x30 ns ingress vni=4096 #0f8b8d',
      'overlayNs@default-3 (14,256) 272x30 ns mynet vni=4097 #d9480f',
      'member@default-3 (14,296) 272x64 lb lb-mynet - mynet=10.0.1.9',
      'member@default-3 (14,370) 272x84 task web.1 nginx:latest mynet=10.0.1.5,docker_gwbridge=172.18.0.3',
      'network@- (0,-170) 210x84 ingress 10.0.0.0/24 vni=4096 #0f8b8d',
      'network@- (234,-170) 210x84 mynet 10.0.1.0/24 vni=4097 #d9480f',
    ].join('\n'));
    const mynetEdges = flowAfter.edges.filter((e) => e.target === flowAfter.nodes.find((n) => n.type === 'network' && n.data.name === 'mynet')?.id);
    expect(mynetEdges.map((e) => e.data?.label).sort()).toEqual(['10.0.1.2', '10.0.1.3', '10.0.1.5', '10.0.1.6', '10.0.1.7', '10.0.1.8', '10.0.1.9']);
    expect(new Set(mynetEdges.map((e) => e.style?.stroke))).toEqual(new Set(['#d9480f']));
  });

  it('shows a 17.10 overlay without a subnet before its first service', () => {
    const w = apply(initialWorld(seed2017), overlay('overnet'));
    const net = toFlow(w, 'overlay').nodes.filter((n) => n.type === 'network');
    expect(outline(net)).toBe([
      'network@- (0,-170) 210x84 ingress 10.255.0.0/16 vni=4096 #0f8b8d',
      'network@- (234,-170) 210x84 overnet - vni=4098 #7048e8',
    ].join('\n'));
  });

  it('the underlay lens links every host to the shared LAN and draws VXLAN tunnels between hosts that share an overlay', () => {
    const { nodes, edges } = toFlow(initialWorld(threeNode), 'underlay');
    expect(outline(nodes.filter((n) => n.type === 'underlay'))).toBe('underlay@- (393,-170) 210x84 underlay 192.168.99.0/24');
    expect(nodes.some((n) => n.type === 'network')).toBe(false);
    expect(edges.map((e) => `${e.id} ${e.source} -> ${e.target} ${e.data?.label}`)).toEqual([
      'edge:underlay:default host:default -> underlay 192.168.99.100',
      'edge:underlay:default-2 host:default-2 -> underlay 192.168.99.101',
      'edge:underlay:default-3 host:default-3 -> underlay 192.168.99.102',
      'edge:vxlan:default:default-2 host:default -> host:default-2 UDP 4789 · VNI 4096',
      'edge:vxlan:default:default-3 host:default -> host:default-3 UDP 4789 · VNI 4096',
      'edge:vxlan:default-2:default-3 host:default-2 -> host:default-3 UDP 4789 · VNI 4096',
    ]);
  });

  it('a tunnel lists the VNIs both ends hold; a host without a shared overlay has none', () => {
    const w = apply(initialWorld(threeNode), overlay('mynet'), run('default', 'c1', 'mynet'), run('default-2', 'c2', 'mynet'), wait);
    const tunnels = toFlow(w, 'underlay').edges.filter((e) => e.id.startsWith('edge:vxlan:')).map((e) => `${e.id} ${String(e.label)}`);
    expect(tunnels).toEqual([
      'edge:vxlan:default:default-2 UDP 4789 · VNI 4096, 4097',
      'edge:vxlan:default:default-3 UDP 4789 · VNI 4096',
      'edge:vxlan:default-2:default-3 UDP 4789 · VNI 4096',
    ]);
    const vteps = toFlow(w, 'underlay').nodes.filter((n) => n.type === 'overlayNs').map((n) => `${n.id.split(':')[1]} ${String(n.data.vni)} ${String(n.data.lens)}`);
    expect(vteps).toEqual(['default 4096 underlay', 'default 4097 underlay', 'default-2 4096 underlay', 'default-2 4097 underlay', 'default-3 4096 underlay']);
  });

  it('draws no tunnel arcs in a cluster too big for a readable mesh', () => {
    const held = new Map(Array.from({ length: 9 }, (_, i) => [`m${i}`, ['net']] as const));
    const w = { ...initialWorld(threeNode), machines: Array.from({ length: 9 }, (_, i) => ({ ...initialWorld(threeNode).machines[0], name: `m${i}` })) } as World;
    expect(tunnelEdges(w, held)).toEqual([]);
    expect(tunnelEdges({ ...w, machines: w.machines.slice(0, 3) }, held).map((e) => e.id)).toEqual(['edge:vxlan:m0:m1', 'edge:vxlan:m0:m2', 'edge:vxlan:m1:m2']);
  });

  it('is deterministic and lists every parent before its children', () => {
    const w = apply(initialWorld(threeNode), overlay('mynet'), service('web', 'mynet', 2), wait);
    expect(toFlow(w, 'overlay')).toEqual(toFlow(w, 'overlay'));
    const { nodes } = toFlow(w, 'overlay');
    nodes.forEach((n, i) => {
      if (n.parentId) expect(nodes.findIndex((p) => p.id === n.parentId)).toBeLessThan(i);
    });
  });
});
