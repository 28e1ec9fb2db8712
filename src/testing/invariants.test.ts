import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../sim/apply';
import type { Change } from '../sim/changes';
import { initialWorld } from '../scenario/load';
import { threeNode, seed2017 } from '../scenario/builtins';
import { isServing, networksVisibleOn, nodeOfMachine, taskNetworks } from '../sim/lookup';
import { ipvsTable } from '../sim/query/ipvsTable';
import { namesOn } from '../sim/dns/records';
import { profiles } from '../sim/profile';
import type { World } from '../sim/world';
import { checkInvariants as worldInvariants } from '../sim/invariants';

const machines = ['default', 'default-2', 'default-3'];
const netNames = ['a', 'b', 'c', 'ingress', 'bridge'];
const svcNames = ['web', 'api', 'db'];

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    type: fc.constant('network/create' as const),
    on: fc.constantFrom(...machines),
    spec: fc.record({
      name: fc.constantFrom(...netNames),
      driver: fc.constantFrom('overlay' as const, 'bridge' as const),
      subnet: fc.option(fc.constantFrom('10.9.0.0/24', '10.9.0.5/24', 'junk', '172.17.0.0/16', '10.0.0.0/24'), { nil: undefined }),
      attachable: fc.boolean(),
      internal: fc.boolean(),
      ingress: fc.boolean(),
      options: fc.constant({}),
      labels: fc.constant({}),
    }),
  }),
  fc.record({ type: fc.constant('network/rm' as const), on: fc.constantFrom(...machines), network: fc.constantFrom(...netNames) }),
  fc.record({
    type: fc.constant('service/create' as const),
    on: fc.constantFrom(...machines),
    spec: fc.record({
      name: fc.constantFrom(...svcNames),
      image: fc.constantFrom('nginx', 'ubuntu', 'nosuchimage', 'traefik/whoami'),
      args: fc.constant([]),
      mode: fc.oneof(fc.record({ kind: fc.constant('replicated' as const), replicas: fc.integer({ min: 0, max: 6 }) }), fc.constant({ kind: 'global' as const })),
      networks: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'bridge', 'nosuch'), { maxLength: 2 }).map((ns) => ns.map((network) => ({ network, aliases: [] }))),
      ports: fc.array(fc.record({ published: fc.constantFrom(0, 8080, 8081), target: fc.constant(80), protocol: fc.constant('tcp' as const), mode: fc.constantFrom('ingress' as const, 'host' as const) }), { maxLength: 1 }),
      endpointMode: fc.constantFrom('vip' as const, 'dnsrr' as const),
      hostname: fc.constant(null),
      constraints: fc.constantFrom([], ['node.role==worker'], ['node.hostname==default-3'], ['node.role==nothing']),
    }),
  }),
  fc.record({ type: fc.constant('service/update' as const), on: fc.constant('default'), service: fc.constantFrom(...svcNames), update: fc.record({ replicas: fc.integer({ min: 0, max: 6 }) }) }),
  fc.record({ type: fc.constant('service/update' as const), on: fc.constant('default'), service: fc.constantFrom(...svcNames), update: fc.record({ force: fc.constant(true) }) }),
  fc.record({ type: fc.constant('service/rm' as const), on: fc.constantFrom(...machines), service: fc.constantFrom(...svcNames) }),
  fc.record({ type: fc.constant('node/update' as const), on: fc.constant('default'), node: fc.constantFrom(...machines), availability: fc.constantFrom('active' as const, 'pause' as const, 'drain' as const) }),
  fc.record({ type: fc.constantFrom('machine/stop' as const, 'machine/start' as const), machine: fc.constantFrom('default-2', 'default-3') }),
  fc.record({ type: fc.constant('clock/advance' as const), ms: fc.integer({ min: 0, max: 20_000 }) }),
  fc.record({ type: fc.constant('swarm/leave' as const), on: fc.constantFrom('default-2', 'default-3'), force: fc.boolean() }),
  fc.record({
    type: fc.constant('container/run' as const),
    on: fc.constantFrom(...machines),
    spec: fc.record({ name: fc.constant(null), image: fc.constantFrom('alpine', 'nginx'), command: fc.constant([]), network: fc.constantFrom(null, 'a', 'b', 'bridge'), aliases: fc.constant([]), hostname: fc.constant(null), ports: fc.constant([]) }),
  }),
);

const overlay = (name: string, attachable: boolean): Change => ({
  type: 'network/create',
  on: 'default',
  spec: { name, driver: 'overlay', attachable, internal: false, ingress: false, options: {}, labels: {} },
});
/** Every sequence starts from two overlays and a published service, so random steps act on a live swarm. */
const prelude: Change[] = [
  overlay('a', true),
  overlay('b', false),
  {
    type: 'service/create',
    on: 'default',
    spec: { name: 'web', image: 'nginx', args: [], mode: { kind: 'replicated', replicas: 3 }, networks: [{ network: 'a', aliases: [] }], ports: [{ published: 8080, target: 80, protocol: 'tcp', mode: 'ingress' }], endpointMode: 'vip', hostname: null, constraints: [] },
  },
];

/** Picks a live task container to kill, if any (index into the sorted list). */
const kill = fc.nat().map((n) => ({ kill: n }));

function checkInvariants(w: World): void {
  expect(worldInvariants(w)).toEqual([]);
  // No address is used twice in a network, and no endpoint takes the gateway.
  const seen = new Map<string, string>();
  for (const e of Object.values(w.endpoints)) {
    const key = `${e.network}/${e.ip}`;
    expect(seen.has(key), `address ${e.ip} twice on ${w.networks[e.network]?.name}`).toBe(false);
    seen.set(key, e.id);
    expect(w.networks[e.network], 'endpoint on a missing network').toBeDefined();
    expect(e.ip).not.toBe(w.networks[e.network]?.ipam?.gateway);
  }
  // Every serving task is a backend of its service's IPVS entry on each of its networks, and nothing else is.
  for (const net of Object.values(w.networks)) {
    if (net.scope !== 'swarm' || !net.ipam) continue;
    for (const entry of ipvsTable(w, net.id)) {
      const expected = Object.values(w.tasks)
        .filter((t) => t.service === entry.service && isServing(w, t))
        .map((t) => Object.values(w.endpoints).find((e) => e.network === net.id && e.owner.kind === 'task' && e.owner.task === t.id)?.ip);
      expect(expected.every((ip) => ip !== undefined), 'serving task without an address').toBe(true);
      expect([...entry.backends].sort()).toEqual((expected as string[]).sort());
    }
  }
  // tasks.<svc> answers exactly the serving tasks' addresses on each of the service's networks.
  for (const s of Object.values(w.services)) {
    for (const { network } of taskNetworks(w, s)) {
      if (network.ingress) continue;
      const ips = Object.values(w.tasks)
        .filter((t) => t.service === s.id && isServing(w, t))
        .map((t) => Object.values(w.endpoints).find((e) => e.network === network.id && e.owner.kind === 'task' && e.owner.task === t.id)?.ip)
        .sort();
      const answer = namesOn(w, network, `tasks.${s.spec.name}`);
      expect(answer ? [...answer].sort() : [], `tasks.${s.spec.name} on ${network.name}`).toEqual(ips);
    }
  }
  for (const s of Object.values(w.services)) {
    for (const t of Object.values(w.tasks)) {
      if (t.service !== s.id || !isServing(w, t)) continue;
      for (const { network } of taskNetworks(w, s)) {
        const has = Object.values(w.endpoints).some((e) => e.network === network.id && e.owner.kind === 'task' && e.owner.task === t.id);
        expect(has, `serving task lacks an address on ${network.name}`).toBe(true);
      }
    }
  }
  // Workers hold exactly the overlays their running containers need (plus ingress).
  for (const m of w.machines) {
    const node = nodeOfMachine(w, m.name);
    if (!node || node.role !== 'worker') continue;
    const visible = networksVisibleOn(w, m.name).filter((n) => n.scope === 'swarm' && !n.ingress).map((n) => n.id).sort();
    const needed = new Set<string>();
    for (const c of Object.values(w.containers)) {
      if (c.machine !== m.name || c.state !== 'running') continue;
      for (const id of c.interfaces) {
        const n = w.networks[w.endpoints[id]?.network ?? ''];
        if (n && n.scope === 'swarm' && !n.ingress) needed.add(n.id);
      }
    }
    expect(visible).toEqual([...needed].sort());
    // Profile 29: an LB endpoint exactly where the overlay is in use.
    if (profiles[w.profile].overlayAddressOrder === 'vip-first') {
      const lbs = Object.values(w.endpoints).filter((e) => e.owner.kind === 'lb' && e.owner.machine === m.name).map((e) => e.network).sort();
      expect(lbs).toEqual([...needed].sort());
    }
  }
}

function runSequence(start: World, steps: (Change | { kill: number })[]): World {
  let w = start;
  for (const step of steps) {
    let c: Change | null;
    if ('kill' in step) {
      const live = Object.values(w.containers).filter((x) => x.task && x.state === 'running').sort((a, b) => (a.id < b.id ? -1 : 1));
      const target = live[step.kill % Math.max(1, live.length)];
      c = target ? { type: 'container/stop', on: target.machine, container: target.id, signal: 'kill' } : null;
    } else c = step;
    if (!c) continue;
    const r = applyChange(w, c);
    if (r.ok) w = r.world;
    checkInvariants(w);
  }
  return w;
}

describe('simulation invariants under random commands', () => {
  it('hold for profile 29 after every valid or invalid change', () => {
    let serving = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(change, kill), { maxLength: 25 }), (steps) => {
        const w = runSequence(initialWorld(threeNode), [...prelude, ...steps]);
        serving += Object.values(w.tasks).filter((t) => isServing(w, t)).length;
      }),
      { numRuns: 150 },
    );
    // The random sequences really build swarms: many serving tasks across the runs.
    expect(serving).toBeGreaterThan(100);
  }, 60_000);
  it('hold for profile 17.10', () => {
    fc.assert(fc.property(fc.array(fc.oneof(change, kill), { maxLength: 25 }), (steps) => {
      runSequence(initialWorld(seed2017), [...prelude, ...steps]);
    }), { numRuns: 100 });
  }, 60_000);
  it('a failed change leaves the very same world', () => {
    const w = initialWorld(threeNode);
    const r = applyChange(w, { type: 'network/rm', on: 'default', network: 'bridge' });
    expect(r.ok).toBe(false);
    const again = applyChange(w, { type: 'clock/advance', ms: 0 });
    expect(again.ok && again.world).toBe(w);
  });
});
