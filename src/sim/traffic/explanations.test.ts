import { describe, expect, it } from 'vitest';
import { explain } from '../../i18n/explain';
import { hopsEn } from '../../i18n/en/hops';
import { hopsKo } from '../../i18n/ko/hops';
import { applyChange } from '../apply';
import type { Change } from '../changes';
import type { Frame } from '../packet/frame';
import type { World } from '../world';
import { dnsLookup } from './dnsTrace';
import { exchange, pingExchange } from './exchange';
import { meshWorld, overlay, seedWorld, service } from './fixtures';
import type { FlowSpec, Plan } from './plan';
import { planFromContainer } from './planFromContainer';
import { planFromLaptop } from './planFromLaptop';
import type { Explanation } from './trace';

const apply = (w: World, ...changes: Change[]): World =>
  changes.reduce((acc, c) => {
    const r = applyChange(acc, c);
    if (!r.ok) throw new Error(r.error.key);
    return r.world;
  }, w);

/** The worlds of the traffic tests, plus the states their drops need (scaled to 0, a node down). */
function worlds(): [string, World][] {
  const mesh = meshWorld([
    overlay('secure', { options: { encrypted: '' } }),
    service('vault', { networks: [{ network: 'secure', aliases: [] }] }),
    overlay('priv', { internal: true }),
    service('lonely', { image: 'alpine', networks: [{ network: 'priv', aliases: [] }], mode: { kind: 'replicated', replicas: 1 } }),
    service('edge', { ports: [{ published: 9090, target: 80, protocol: 'tcp', mode: 'host' }], mode: { kind: 'replicated', replicas: 1 } }),
    service('gated', { ports: [{ published: 9191, target: 80, protocol: 'tcp', mode: 'ingress' }], networks: [{ network: 'secure', aliases: [] }], mode: { kind: 'replicated', replicas: 1 } }),
    { type: 'clock/advance', ms: 10_000 },
  ]);
  const idOf = (w: World, name: string) => Object.values(w.services).find((s) => s.spec.name === name)?.id ?? '';
  const scaled = apply(mesh, { type: 'service/update', on: 'default', service: idOf(mesh, 'web'), update: { replicas: 0 } }, { type: 'service/update', on: 'default', service: idOf(mesh, 'gated'), update: { replicas: 0 } }, { type: 'clock/advance', ms: 10_000 });
  const down = apply(mesh, { type: 'machine/stop', machine: 'default-2' });
  return [['mesh (29)', mesh], ['web scaled to 0', scaled], ['default-2 down', down], ['seed (17.10)', seedWorld()]];
}

function flows(w: World): FlowSpec[] {
  const ips = [...new Set(Object.values(w.endpoints).map((e) => e.ip)), ...w.machines.map((m) => m.ip), '8.8.8.8', '10.0.1.99', '192.168.99.1', '192.168.99.50'];
  return ips.flatMap((dst): FlowSpec[] => [
    { proto: 'icmp', dst },
    { proto: 'tcp', dst, dstPort: 80 },
    { proto: 'tcp', dst, dstPort: 81 },
    { proto: 'tcp', dst, dstPort: 8080 },
    { proto: 'tcp', dst, dstPort: 9090 },
    { proto: 'tcp', dst, dstPort: 9191 },
    { proto: 'udp', dst, dstPort: 53 },
  ]);
}

function explanationsOf(plan: Plan, flow: FlowSpec): Explanation[] {
  const out = [...plan.request, ...plan.reply].map((s) => s.why);
  if (plan.request.length === 0) return out;
  const eth = { src: '00:00:00:00:00:00', dst: '00:00:00:00:00:00' };
  const ip = { src: plan.srcIp, dst: flow.dst };
  const x = flow.proto === 'icmp'
    ? pingExchange(plan, { id: 1, seq: 1, size: 56, dst: flow.dst, sentAtNs: 0n }, 1)
    : flow.proto === 'tcp'
      ? exchange(plan, 1, 'tcp', { eth, ip, l4: { kind: 'tcp', srcPort: 40000, dstPort: flow.dstPort ?? 0, seq: 1, flags: ['SYN'] } }, { kind: 'tcp', srcPort: 0, dstPort: 0, seq: 9, ack: 2, flags: ['SYN', 'ACK'] }, 0)
      : exchange(plan, 1, 'udp', { eth, ip, l4: { kind: 'udp', srcPort: 40000, dstPort: flow.dstPort ?? 0 } } as Frame, { kind: 'udp', srcPort: 0, dstPort: 0 }, 0);
  for (const p of x.packets) out.push(p.summary, ...p.hops.map((h) => h.why));
  return out;
}

/** Every explanation the traffic engine gives on the fixtures' paths: containers, the laptop, DNS. */
function allExplanations(): Explanation[] {
  const out: Explanation[] = [];
  for (const [, w] of worlds()) {
    const clients = Object.values(w.containers).filter((c) => c.state === 'running');
    for (const flow of flows(w)) {
      out.push(...explanationsOf(planFromLaptop(w, flow), flow));
      for (const c of clients) out.push(...explanationsOf(planFromContainer(w, c, flow), flow));
    }
    for (const c of clients) {
      for (const name of ['web', 'tasks.web', 'vault', 'lonely', 'edge', 'nosuch', 'example.com', 'web.mynet']) {
        for (const p of dnsLookup(w, c, name, 'A', 1).packets) out.push(p.summary, ...p.hops.map((h) => h.why));
      }
    }
  }
  return out;
}

describe('explanations on every path of the traffic fixtures', () => {
  const all = allExplanations();
  const keys = [...new Set(all.map((e) => e.key))].sort();

  it('cover the engine broadly (hops, drops, summaries, DNS)', () => {
    expect(all.length).toBeGreaterThan(1000);
    for (const key of ['drop.no-backend', 'drop.node-down', 'hop.bridge', 'hop.dns-forward', 'hop.dns-forward-elsewhere', 'hop.host-port-dnat', 'hop.esp-encrypt']) expect(keys).toContain(key);
  });

  it('every key has an English and a Korean text', () => {
    expect(keys.filter((k) => !(k in hopsEn) || !(k in hopsKo))).toEqual([]);
  });

  it.each(['en', 'ko'] as const)('no placeholder stays unfilled (%s)', (locale) => {
    const unfilled = new Set<string>();
    for (const e of all) {
      const text = explain(locale, e);
      if (/\{\w+\}/.test(text)) unfilled.add(`${e.key}: ${text}`);
    }
    expect([...unfilled]).toEqual([]);
  });

  it('a name known only on a network the container is not on says so before the forward', () => {
    const [[, w]] = worlds() as [[string, World]];
    const cli = Object.values(w.containers).find((c) => c.name.startsWith('cli.') && c.machine === 'default');
    if (!cli) throw new Error('no cli task');
    const hop = dnsLookup(w, cli, 'vault', 'A', 1).packets[0]?.hops.find((h) => h.action === 'dns-forward');
    expect(hop?.why).toEqual({ key: 'hop.dns-forward-elsewhere', params: { name: 'vault', networks: 'secure', upstream: '192.168.99.1' } });
    expect(explain('en', hop!.why)).toBe('vault is a Docker name only on secure, a network this container is not on, so the embedded server does not know it here: forwarded to 192.168.99.1');
    expect(explain('ko', hop!.why)).toBe('vault는 이 컨테이너가 연결되지 않은 네트워크(secure)에만 있는 도커 이름이라 내장 DNS 서버가 여기서는 답하지 않고, 질의를 업스트림 서버 192.168.99.1로 넘깁니다');
  });
});
