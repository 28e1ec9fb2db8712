import { describe, expect, it } from 'vitest';
import { golden } from '../../testing/golden';
import { applyChange } from '../apply';
import type { Change } from '../changes';
import { decodeFrame } from '../packet/decode';
import type { Frame } from '../packet/frame';
import { exchange, pingExchange } from './exchange';
import { formatPackets } from './formatTrace';
import { meshWorld, overlay, seedWorld, service, taskOn } from './fixtures';
import type { FlowSpec, Plan } from './plan';
import { planFromContainer } from './planFromContainer';
import { planFromLaptop } from './planFromLaptop';
import type { World } from '../world';

const dir = `${__dirname}/testdata`;
const ping = (plan: Plan, dst: string) => pingExchange(plan, { id: 0x1234, seq: 1, size: 56, dst, sentAtNs: 0n }, 1);
const syn = (plan: Plan, dst: string, port: number) => {
  const frame: Frame = { eth: { src: '00:00:00:00:00:00', dst: '00:00:00:00:00:00' }, ip: { src: plan.srcIp, dst }, l4: { kind: 'tcp', srcPort: 40000, dstPort: port, seq: 1, flags: ['SYN'] } };
  return exchange(plan, 1, 'tcp', frame, { kind: 'tcp', srcPort: 0, dstPort: 0, seq: 9, ack: 2, flags: plan.verdict === 'refused' ? ['RST', 'ACK'] : ['SYN', 'ACK'] }, 0);
};
const fromCli = (w: World, machine: string, flow: FlowSpec) => planFromContainer(w, taskOn(w, 'cli', machine), flow);
const apply = (w: World, c: Change): World => {
  const r = applyChange(w, c);
  if (!r.ok) throw new Error(r.error.key);
  return r.world;
};
/** Every field of every layer, `Layer.Field=value`, for byte assertions. */
const fields = (bytes: Uint8Array) => decodeFrame(bytes).flatMap((l) => l.fields.map((f) => `${l.name}.${f.name}=${f.display}`));

describe('profile 29 paths (web: 10.0.1.3 on default-3, 10.0.1.4 on default, 10.0.1.5 on default-2; VIP 10.0.1.2)', () => {
  const w = meshWorld();
  it('container -> task on the same node: br0 only', () => {
    const p = fromCli(w, 'default', { proto: 'icmp', dst: '10.0.1.4' });
    expect(p.verdict).toBe('answered');
    expect(formatPackets(ping(p, '10.0.1.4').packets)).toBe(golden(`${dir}/same-node-icmp.golden`, formatPackets(ping(p, '10.0.1.4').packets)));
  });
  it('container -> task on another node: VXLAN VNI 4097 across the underlay, valid bytes', () => {
    const p = fromCli(w, 'default', { proto: 'icmp', dst: '10.0.1.5' });
    const x = ping(p, '10.0.1.5');
    expect(formatPackets(x.packets)).toBe(golden(`${dir}/other-node-icmp.golden`, formatPackets(x.packets)));
    const wire = x.packets[0]?.hops.find((h) => h.action === 'vxlan-encap');
    const f = fields(wire?.after ?? new Uint8Array());
    expect(f).toContain('VXLAN.VNI=4097');
    expect(f).toContain('UDP.Destination Port=4789');
    expect(f.filter((l) => l.startsWith('IPv4.Source Address'))).toEqual(['IPv4.Source Address=192.168.99.100', 'IPv4.Source Address=10.0.1.10']);
    expect(f.filter((l) => l.startsWith('IPv4.Destination Address'))).toEqual(['IPv4.Destination Address=192.168.99.101', 'IPv4.Destination Address=10.0.1.5']);
    expect(f.join('\n')).not.toMatch(/incorrect/);
    expect(x.endUs).toBeGreaterThan(500);
    expect(x.endUs).toBeLessThan(650);
  });
  it('ping to the VIP is answered by the local LB sandbox in tens of µs', () => {
    const p = fromCli(w, 'default', { proto: 'icmp', dst: '10.0.1.2' });
    const x = ping(p, '10.0.1.2');
    expect(formatPackets(x.packets)).toBe(golden(`${dir}/vip-icmp-29.golden`, formatPackets(x.packets)));
    expect(x.endUs).toBeGreaterThan(25);
    expect(x.endUs).toBeLessThan(60);
  });
  it('TCP to the VIP: IPVS rr in lb-mynet, SNAT to the LB address, un-NAT on the way back', () => {
    const p = fromCli(w, 'default', { proto: 'tcp', dst: '10.0.1.2', dstPort: 80 });
    const x = syn(p, '10.0.1.2', 80);
    expect(formatPackets(x.packets)).toBe(golden(`${dir}/vip-tcp-29.golden`, formatPackets(x.packets)));
    const snat = x.packets[0]?.hops.find((h) => h.action === 'snat');
    expect(fields(snat?.after ?? new Uint8Array())).toContain(`IPv4.Source Address=${p.seenFrom}`);
    const back = x.packets[1]?.hops.at(-1);
    const f = fields(back?.after ?? new Uint8Array());
    expect(f).toContain('IPv4.Source Address=10.0.1.2');
    expect(f).toContain('IPv4.Destination Address=10.0.1.10');
  });
  it('IPVS round robin moves through every serving task with the stored cursor', () => {
    let cur = w;
    const picked: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = fromCli(cur, 'default', { proto: 'tcp', dst: '10.0.1.2', dstPort: 80 });
      picked.push(p.server?.name.split('.').slice(0, 2).join('.') ?? '');
      cur = apply(cur, { type: 'traffic/record', lbCursors: p.cursors });
    }
    expect(picked).toEqual(['web.1', 'web.2', 'web.3', 'web.1']);
  });
  it('laptop -> published port on a node: DOCKER-INGRESS, ingress-sbox IPVS + SNAT, VXLAN 4096, REDIRECT', () => {
    const p = planFromLaptop(w, { proto: 'tcp', dst: '192.168.99.101', dstPort: 8080 });
    const x = syn(p, '192.168.99.101', 8080);
    expect(formatPackets(x.packets)).toBe(golden(`${dir}/mesh-laptop.golden`, formatPackets(x.packets)));
    const encap = x.packets[0]?.hops.find((h) => h.action === 'vxlan-encap');
    expect(fields(encap?.after ?? new Uint8Array())).toContain('VXLAN.VNI=4096');
    const last = x.packets[1]?.hops.at(-1);
    const f = fields(last?.after ?? new Uint8Array());
    expect(f).toContain('IPv4.Source Address=192.168.99.101');
    expect(f).toContain('TCP.Source Port=8080');
  });
  it('egress: gwbridge, MASQUERADE to the node address, the internet and back', () => {
    const p = fromCli(w, 'default', { proto: 'icmp', dst: '8.8.8.8' });
    const x = ping(p, '8.8.8.8');
    expect(formatPackets(x.packets)).toBe(golden(`${dir}/egress-icmp.golden`, formatPackets(x.packets)));
    const masq = x.packets[0]?.hops.find((h) => h.action === 'masquerade');
    expect(fields(masq?.after ?? new Uint8Array())).toContain('IPv4.Source Address=192.168.99.100');
  });
});

describe('drops', () => {
  const w = meshWorld();
  it('nothing listening: TCP RST', () => {
    const p = fromCli(w, 'default', { proto: 'tcp', dst: '10.0.1.5', dstPort: 81 });
    expect(p.verdict).toBe('refused');
    expect(formatPackets(syn(p, '10.0.1.5', 81).packets)).toBe(golden(`${dir}/drop-refused.golden`, formatPackets(syn(p, '10.0.1.5', 81).packets)));
  });
  it('node down: the request dies on the far node, no reply', () => {
    const down = apply(w, { type: 'machine/stop', machine: 'default-2' });
    const p = fromCli(down, 'default', { proto: 'icmp', dst: '10.0.1.5' });
    expect(p.verdict).toBe('timeout');
    expect(formatPackets(ping(p, '10.0.1.5').packets)).toBe(golden(`${dir}/drop-node-down.golden`, formatPackets(ping(p, '10.0.1.5').packets)));
  });
  it('MTU: 1423 bytes with DF does not fit a 1450 overlay, 1422 does', () => {
    expect(fromCli(w, 'default', { proto: 'icmp', dst: '10.0.1.5', ipLength: 1423 + 28, dontFragment: true })).toMatchObject({ verdict: 'msgsize', mtu: 1450, request: [] });
    expect(fromCli(w, 'default', { proto: 'icmp', dst: '10.0.1.5', ipLength: 1422 + 28, dontFragment: true }).verdict).toBe('answered');
  });
  it('an address nobody has on the subnet: no neighbour', () => {
    const p = fromCli(w, 'default', { proto: 'icmp', dst: '10.0.1.99' });
    expect(p.verdict).toBe('host-unreachable');
    expect(p.request.map((s) => s.why.key)).toEqual(['hop.send', 'drop.no-neighbour']);
  });
  it('a VIP with no serving task: IPVS has no real server', () => {
    const none = apply(w, { type: 'service/update', on: 'default', service: Object.values(w.services).find((s) => s.spec.name === 'web')?.id ?? '', update: { replicas: 0 } });
    const p = fromCli(apply(none, { type: 'clock/advance', ms: 10_000 }), 'default', { proto: 'tcp', dst: '10.0.1.2', dstPort: 80 });
    expect(p.verdict).toBe('refused');
    expect(p.request.at(-1)?.why).toEqual({ key: 'drop.no-backend', params: { vip: '10.0.1.2', fwmark: 256 } });
  });
  it('--internal: no gwbridge interface, no route out', () => {
    const w2 = meshWorld([overlay('priv', { internal: true }), service('lonely', { image: 'alpine', networks: [{ network: 'priv', aliases: [] }], mode: { kind: 'replicated', replicas: 1 } }), { type: 'clock/advance', ms: 10_000 }]);
    const c = Object.values(w2.containers).find((x) => x.name.startsWith('lonely.') && x.state === 'running');
    if (!c) throw new Error('no lonely task');
    const p = planFromContainer(w2, c, { proto: 'icmp', dst: '8.8.8.8' });
    expect(p).toMatchObject({ verdict: 'unreachable', request: [], reply: [] });
  });
});

describe('encrypted overlays and host-mode ports', () => {
  it('encrypted: ESP (protocol 50) on the underlay, MTU 1424', () => {
    const w = meshWorld([overlay('secure', { options: { encrypted: '' } }), service('vault', { networks: [{ network: 'secure', aliases: [] }] }), { type: 'clock/advance', ms: 10_000 }]);
    const a = taskOn(w, 'vault', 'default');
    const b = taskOn(w, 'vault', 'default-2');
    const dst = w.endpoints[b.interfaces.find((id) => w.networks[w.endpoints[id]?.network ?? '']?.name === 'secure') ?? '']?.ip ?? '';
    const p = planFromContainer(w, a, { proto: 'icmp', dst });
    expect(p.mtu).toBe(1424);
    const x = ping(p, dst);
    const hops = x.packets[0]?.hops ?? [];
    expect(hops.map((h) => h.action)).toEqual(['send', 'bridge-forward', 'vxlan-encap', 'esp-encrypt', 'underlay-transit', 'esp-decrypt', 'vxlan-decap', 'bridge-forward', 'deliver']);
    const f = fields(hops[4]?.after ?? new Uint8Array());
    expect(f).toContain('IPv4.Protocol=ESP (50)');
    expect(f.some((l) => l.startsWith('VXLAN'))).toBe(false);
  });
  it('mode=host: only a node with a task answers, straight to its gwbridge address', () => {
    const w = meshWorld([service('edge', { ports: [{ published: 9090, target: 80, protocol: 'tcp', mode: 'host' }], mode: { kind: 'replicated', replicas: 1 } }), { type: 'clock/advance', ms: 10_000 }]);
    const verdicts = ['192.168.99.100', '192.168.99.101', '192.168.99.102'].map((ip) => planFromLaptop(w, { proto: 'tcp', dst: ip, dstPort: 9090 }).verdict);
    expect(verdicts.filter((v) => v === 'answered')).toHaveLength(1);
    expect(verdicts.filter((v) => v === 'refused')).toHaveLength(2);
    const ip = ['192.168.99.100', '192.168.99.101', '192.168.99.102'][verdicts.indexOf('answered')] ?? '';
    const p = planFromLaptop(w, { proto: 'tcp', dst: ip, dstPort: 9090 });
    expect(p.request.map((s) => s.action)).toEqual(['send', 'underlay-transit', 'dnat', 'bridge-forward', 'deliver']);
    expect(p.request[2]?.rule).toMatch(/^-A DOCKER ! -i docker_gwbridge -p tcp -m tcp --dport 9090 -j DNAT --to-destination 172\.18\.0\.\d+:80$/);
  });
});

describe('profile 17.10 paths (the seed)', () => {
  const w = seedWorld();
  it('ping to the VIP is answered inside the client itself', () => {
    const vip = Object.values(w.endpoints).find((e) => e.owner.kind === 'vip' && w.networks[e.network]?.name === 'overnet')?.ip ?? '';
    const p = fromCli(w, 'default', { proto: 'icmp', dst: vip });
    const x = ping(p, vip);
    expect(formatPackets(x.packets)).toBe(golden(`${dir}/vip-icmp-17.10.golden`, formatPackets(x.packets)));
  });
  it('TCP to the VIP: IPVS in the client namespace, no SNAT: the backend sees the client', () => {
    const vip = Object.values(w.endpoints).find((e) => e.owner.kind === 'vip' && w.networks[e.network]?.name === 'overnet')?.ip ?? '';
    const p = fromCli(w, 'default', { proto: 'tcp', dst: vip, dstPort: 80 });
    expect(p.request.some((s) => s.action === 'snat')).toBe(false);
    expect(p.seenFrom).toBe(p.srcIp);
    expect(formatPackets(syn(p, vip, 80).packets)).toBe(golden(`${dir}/vip-tcp-17.10.golden`, formatPackets(syn(p, vip, 80).packets)));
  });
});
