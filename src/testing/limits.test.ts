import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_MS } from '../sim/clock';
import { checkInvariants } from '../sim/invariants';
import { currentState, isServing } from '../sim/lookup';
import { golden } from './golden';
import { harness } from './harness';

const goldenOf = (name: string) => new URL(`./testdata/limits-${name}.golden`, import.meta.url).pathname;

describe('address space, replica counts and the clock have limits, each refused in words', () => {
  it('an overlay whose --subnet overlaps ingress or another overlay is refused with the pool-overlap error', () => {
    const h = harness('three-node').onNode('default');
    const t = h.run([
      'docker network create -d overlay --subnet 10.0.0.0/24 clash',
      'docker network create -d overlay --subnet 10.0.5.0/24 small',
      'docker network create -d overlay --subnet 10.0.5.128/25 inside',
      'docker network create -d overlay --subnet 10.0.0.0/16 around',
      'docker network ls --filter driver=overlay --format "{{.Name}}"',
    ].join('\n'));
    expect(t).toBe(golden(goldenOf('overlapping-overlay'), t));
  });

  it('tasks beyond the overlay pool stay New with no address; the rest run (profile 29 keeps an LB address per node)', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --subnet 10.0.5.0/24 small\ndocker service create -d --name big --network small --replicas 300 nginx');
    const w = h.world;
    const tasks = Object.values(w.tasks);
    const serving = tasks.filter((t) => isServing(w, t));
    const waiting = tasks.filter((t) => currentState(t).state === 'new');
    // 253 usable addresses (gw .1 taken): the VIP, three LB addresses, 249 tasks.
    expect(serving.length).toBe(249);
    expect(waiting.length).toBe(51);
    const addressed = new Set(Object.values(w.endpoints).flatMap((e) => (e.owner.kind === 'task' ? [e.owner.task] : [])));
    expect(waiting.every((t) => !addressed.has(t.id) && t.node === null && t.container === null)).toBe(true);
    expect(h.out('docker service ls')).toContain('249/300');
    // Scaling down frees addresses: the waiting tasks are gone and the pool has room again.
    h.run('docker service scale -d big=10');
    expect(h.out('docker service ls')).toContain('10/10');
    h.run('docker service scale -d big=12');
    expect(h.out('docker service ls')).toContain('12/12');
  });

  it('replicas: the playground limit is named; at the limit it works', () => {
    const h = harness('three-node').onNode('default');
    const t = h.run([
      'docker service create -d --name web --replicas 100000 nginx',
      'docker service create -d --name web --replicas 2 nginx',
      'docker service scale web=1000000',
      'docker service update -d --replicas 10001 web',
      'docker service ls',
    ].join('\n'));
    expect(t).toBe(golden(goldenOf('replicas'), t));
    h.run('docker service scale -d web=10000');
    expect(h.out('docker service ls --format "{{.Replicas}}"')).toBe('10000/10000\n');
  }, 60_000);

  it('a published service needs an ingress network; a new --ingress network gets the sandboxes and the VIPs', () => {
    const h = harness('three-node').onNode('default');
    const t = h.run([
      'echo y | docker network rm ingress',
      'docker service create -d --name web -p 8080:80 nginx',
      'docker network create -d overlay --ingress mesh',
      'docker service create -d --name web -p 8080:80 nginx',
      'docker service ls',
      'docker service inspect -f "{{range .Endpoint.VirtualIPs}}{{.Addr}} {{end}}" web',
    ].join('\n'));
    expect(t).toBe(golden(goldenOf('ingress-again'), t));
    const w = h.world;
    const sandboxes = Object.values(w.endpoints).filter((e) => e.owner.kind === 'ingress-sbox');
    // One on each node's docker_gwbridge, one on the new ingress network.
    expect(sandboxes.length).toBe(6);
  });

  it('sleep and @wait never push the clock past the last second docker can print', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web nginx');
    const t = h.run('sleep 1e13\n@wait 99999999999999s\ndocker service ps --format "{{.CurrentState}}" web\nsleep 1e400');
    // sleep refuses to pass the clock's end; one @wait moves it by at most a day (MAX_WAIT_MS).
    expect(h.world.now).toBeLessThanOrEqual(MAX_CLOCK_MS);
    expect(t).toContain('sleep: playground limit: the simulated clock stops at 9999-12-31T23:59:59Z');
    expect(t).toMatch(/^Running .* ago$/m);
    expect(t).toContain("sleep: invalid time interval '1e400'");
    expect(checkInvariants(h.world)).toEqual([]);
  });
});
