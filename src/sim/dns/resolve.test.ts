import { describe, expect, test } from 'vitest';
import { applyChange } from '../apply';
import { Rng } from '../rng';
import type { World } from '../world';
import { canonical, overlay, service, taskContainer, world } from './fixtures';
import { dnsRng, ptrName, resolve } from './resolve';

const data = (w: World, c: string, name: string, qtype: 'A' | 'AAAA' | 'PTR' = 'A') => {
  const r = resolve(w, c, name, qtype);
  return `${r.rcode} ${r.answers.map((a) => a.data).join(',')}${r.forwarded ? ' forwarded' : ''}`;
};

function step(w: World, change: Parameters<typeof applyChange>[1]): World {
  const r = applyChange(w, change);
  if (!r.ok) throw new Error(r.error.key);
  return r.world;
}

describe('embedded DNS, profile 29 (SPEC §5, §11)', () => {
  const w = world('three-node', [
    ...canonical,
    service('db', { mode: { kind: 'replicated', replicas: 2 }, endpointMode: 'dnsrr', networks: [{ network: 'mynet', aliases: ['store'] }], hostname: 'dbhost' }),
    overlay('other'),
    service('api', { mode: { kind: 'replicated', replicas: 1 }, networks: [{ network: 'other', aliases: [] }] }),
    { type: 'clock/advance', ms: 10_000 },
  ]);
  const web1 = taskContainer(w, 'web', 1);

  test('service name -> VIP, tasks.<svc> -> every serving task (SPEC §11)', () => {
    expect(data(w, web1, 'web')).toBe('NOERROR 10.0.1.2');
    expect(data(w, web1, 'tasks.web')).toBe('NOERROR 10.0.1.3,10.0.1.4,10.0.1.5');
    expect(resolve(w, web1, 'web', 'A').answers[0]).toEqual({ name: 'web', type: 'A', ttl: 600, data: '10.0.1.2' });
    expect(resolve(w, web1, 'web', 'A').network).toBe(Object.values(w.networks).find((n) => n.name === 'mynet')?.id);
  });

  test('dnsrr -> every task IP; aliases and tasks.<alias> resolve as the service', () => {
    const ips = data(w, web1, 'tasks.db');
    expect(ips).toMatch(/^NOERROR 10\.0\.1\.\d+,10\.0\.1\.\d+$/);
    expect(data(w, web1, 'db')).toBe(ips);
    expect(data(w, web1, 'store')).toBe(ips);
    expect(data(w, web1, 'tasks.store')).toBe(ips);
  });

  test('task name, 12-hex container id and --hostname -> that task', () => {
    const db1 = taskContainer(w, 'db', 1);
    const c = w.containers[db1]!;
    const ip = w.endpoints[c.interfaces[0]!]!.ip;
    expect(data(w, web1, c.name)).toBe(`NOERROR ${ip}`);
    expect(data(w, web1, c.id.slice(0, 12))).toBe(`NOERROR ${ip}`);
    expect(data(w, web1, 'dbhost')).toBe(`NOERROR ${ip}`);
  });

  test('case-insensitive, trailing dot ignored, <name>.<network> scoped', () => {
    expect(data(w, web1, 'WEB.')).toBe('NOERROR 10.0.1.2');
    expect(resolve(w, web1, 'WEB.', 'A').answers[0]?.name).toBe('WEB');
    expect(data(w, web1, 'web.mynet')).toBe('NOERROR 10.0.1.2');
    expect(data(w, web1, 'web.ingress')).toBe('NXDOMAIN  forwarded');
  });

  test('names never resolve across networks; the ingress network has no records', () => {
    expect(data(w, web1, 'api')).toBe('NXDOMAIN  forwarded');
    const api = taskContainer(w, 'api');
    expect(data(w, api, 'web')).toBe('NXDOMAIN  forwarded');
    expect(data(w, api, 'api')).toMatch(/^NOERROR 10\.0\.2\.\d+$/);
  });

  test('AAAA for a Docker name: NOERROR, empty; PTR for task IPs, none for the VIP', () => {
    expect(data(w, web1, 'web', 'AAAA')).toBe('NOERROR ');
    const c2 = w.containers[taskContainer(w, 'web', 2)]!;
    expect(data(w, web1, ptrName('10.0.1.4'), 'PTR')).toBe(`NOERROR ${c2.name}.mynet`);
    expect(data(w, web1, `${ptrName('10.0.1.2')}.`, 'PTR')).toBe('NXDOMAIN  forwarded');
  });

  test('unknown names are forwarded to the upstream: public names answer, others NXDOMAIN', () => {
    const g = resolve(w, web1, 'google.com', 'A');
    expect(g).toEqual({
      rcode: 'NOERROR', network: null, forwarded: true, upstream: '192.168.99.1', recursionAvailable: true,
      answers: [{ name: 'google.com', type: 'A', ttl: 300, data: '142.250.196.110' }],
    });
    expect(data(w, web1, 'nosuch.example')).toBe('NXDOMAIN  forwarded');
  });

  test('multiple A records are shuffled by the generator given, stable without one', () => {
    const orders = new Set<string>();
    for (let i = 0; i < 20; i++) orders.add(resolve(w, web1, 'tasks.web', 'A', new Rng(i)).answers.map((a) => a.data).join(','));
    expect(orders.size).toBeGreaterThan(1);
    const again = (n: number) => resolve(w, web1, 'tasks.web', 'A', dnsRng(w, `q${n}`)).answers.map((a) => a.data).join(',');
    expect(again(1)).toBe(again(1));
  });

  test('a service with no serving task does not resolve there', () => {
    const scaled = step(w, { type: 'service/update', on: 'default', service: Object.values(w.services).find((s) => s.spec.name === 'api')!.id, update: { replicas: 0 } });
    const web = taskContainer(scaled, 'web', 1);
    expect(data(scaled, web, 'web')).toBe('NOERROR 10.0.1.2');
    const stopped = Object.values(scaled.containers).filter((c) => c.task && scaled.tasks[c.task]?.service === Object.values(scaled.services).find((s) => s.spec.name === 'db')!.id);
    let down = scaled;
    for (const c of stopped) down = step(down, { type: 'container/stop', on: c.machine, container: c.id, signal: 'kill' });
    expect(data(down, web, 'db')).toBe('NXDOMAIN  forwarded');
    expect(data(down, web, 'tasks.db')).toBe('NXDOMAIN  forwarded');
  });
});

describe('standalone containers and --internal networks', () => {
  const base = world('three-node', [
    overlay('att', { attachable: true }),
    overlay('closed', { attachable: true, internal: true }),
    { type: 'container/run', on: 'default', spec: { name: 'box', image: 'alpine', command: [], network: 'att', aliases: ['boxy'], hostname: null, ports: [] } },
    { type: 'container/run', on: 'default', spec: { name: 'other', image: 'alpine', command: [], network: 'att', aliases: [], hostname: null, ports: [] } },
    { type: 'container/run', on: 'default', spec: { name: 'inside', image: 'alpine', command: [], network: 'closed', aliases: [], hostname: null, ports: [] } },
    { type: 'container/run', on: 'default', spec: { name: 'plain', image: 'alpine', command: [], network: null, aliases: [], hostname: null, ports: [] } },
  ]);
  const id = (name: string) => Object.values(base.containers).find((c) => c.name === name)!.id;

  test('name, --network-alias and short id', () => {
    const ip = base.endpoints[base.containers[id('box')]!.interfaces[0]!]!.ip;
    expect(data(base, id('other'), 'box')).toBe(`NOERROR ${ip}`);
    expect(data(base, id('other'), 'boxy')).toBe(`NOERROR ${ip}`);
    expect(data(base, id('other'), id('box').slice(0, 12))).toBe(`NOERROR ${ip}`);
    expect(data(base, id('other'), ptrName(ip), 'PTR')).toBe('NOERROR box.att');
  });

  test('profile 29: a container only on --internal networks gets SERVFAIL (RA clear) for outside names', () => {
    expect(resolve(base, id('inside'), 'google.com', 'A')).toEqual({ rcode: 'SERVFAIL', answers: [], network: null, forwarded: false, recursionAvailable: false });
    expect(data(base, id('inside'), 'inside')).toMatch(/^NOERROR 10\.0\.\d+\.\d+$/);
  });

  test('the default bridge has no embedded DNS: names go straight to the upstream', () => {
    expect(data(base, id('plain'), 'box')).toBe('NXDOMAIN  forwarded');
    expect(data(base, id('plain'), 'example.com')).toBe('NOERROR 93.184.215.14 forwarded');
  });

  test('profile 17.10: no reply at all for outside names on --internal networks', () => {
    const old = world('seed-2017', [
      overlay('closed', { internal: true }),
      service('sealed', { mode: { kind: 'replicated', replicas: 1 }, networks: [{ network: 'closed', aliases: [] }] }),
      { type: 'clock/advance', ms: 10_000 },
    ]);
    const c = taskContainer(old, 'sealed');
    expect(resolve(old, c, 'google.com', 'A').noReply).toBe(true);
    expect(data(old, c, 'sealed')).toMatch(/^NOERROR 10\.0\.0\.\d+$/);
  });
});

describe('profile 17.10 (seed)', () => {
  test('service VIP 10.0.0.5 and slot 1 at 10.0.0.6 resolve from a task', () => {
    const w = world('seed-2017', [
      overlay('overnet'),
      service('myservice', { image: 'ubuntu', args: ['sleep', 'infinity'], networks: [{ network: 'overnet', aliases: [] }] }),
      { type: 'clock/advance', ms: 10_000 },
    ]);
    const c = taskContainer(w, 'myservice', 2);
    expect(data(w, c, 'myservice')).toBe('NOERROR 10.0.0.5');
    expect(data(w, c, 'tasks.myservice')).toBe('NOERROR 10.0.0.6,10.0.0.7,10.0.0.8');
  });
});
