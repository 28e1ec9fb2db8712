import { describe, expect, it } from 'vitest';
import { applyChange } from '../sim/apply';
import { checkInvariants } from '../sim/invariants';
import { currentState, isServing } from '../sim/lookup';
import { TASK_HISTORY_LIMIT } from '../sim/service/reconcile';
import type { World } from '../sim/world';
import { harness } from './harness';

const taskContainers = (w: World) => Object.values(w.containers).filter((c) => c.task !== null);

describe('what the orchestrator removes, it removes whole', () => {
  it('a service scaled and forced a hundred times keeps the history limit of containers per slot', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web --replicas 10 nginx');
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) lines.push('docker service scale -d web=3', 'docker service scale -d web=10', 'docker service update -d --force web');
    h.run(lines.join('\n'));
    const w = h.world;
    expect(Object.values(w.tasks).length).toBeLessThanOrEqual(10 * TASK_HISTORY_LIMIT);
    expect(taskContainers(w).length).toBe(Object.values(w.tasks).filter((t) => t.container).length);
    expect(taskContainers(w).length).toBeLessThanOrEqual(10 * TASK_HISTORY_LIMIT);
    // Every container left belongs to a task still listed.
    expect(taskContainers(w).every((c) => w.tasks[c.task as string])).toBe(true);
    expect(h.out('docker service ls --format "{{.Replicas}}"')).toBe('10/10\n');
  });

  it('scaling down removes the slots scaled away, history included', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web --replicas 3 nginx\ndocker service update -d --force web\ndocker service scale -d web=1');
    const slots = new Set(Object.values(h.world.tasks).map((t) => t.slot));
    expect([...slots]).toEqual([1]);
    expect(taskContainers(h.world).every((c) => c.name.startsWith('web.1.'))).toBe(true);
  });

  it('swarm leave --force on the last manager frees every swarm address, sandbox and interface', () => {
    const h = harness('three-node').onNode('default');
    h.run([
      'docker network create -d overlay --attachable mynet',
      'docker service create -d --name web --replicas 3 --network mynet -p 8080:80 nginx',
      'docker run -d --name box --network mynet alpine sleep 1d',
      'docker swarm leave --force',
    ].join('\n'));
    const w = h.world;
    expect(w.swarm).toBeNull();
    expect(Object.values(w.networks).filter((n) => n.scope === 'swarm')).toEqual([]);
    expect(taskContainers(w)).toEqual([]);
    // Left: the standalone container's docker_gwbridge address, nothing on a swarm network, no sandbox.
    const box = Object.values(w.containers).find((c) => c.name === 'box');
    expect(box?.interfaces.length).toBe(1);
    expect(Object.values(w.endpoints).map((e) => e.owner.kind)).toEqual(['container']);
    expect(checkInvariants(w)).toEqual([]);
  });

  it('a published service with no ingress network waits, New, and starts with its VIP once one exists', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web --replicas 2 -p 8080:80 nginx');
    // A world whose ingress network is gone under a published service (as a loaded scenario could hold it).
    const start = h.world;
    const ingress = Object.values(start.networks).find((n) => n.ingress);
    if (!ingress) throw new Error('no ingress');
    const web = Object.values(start.services)[0];
    if (!web) throw new Error('no web');
    const keep = Object.values(start.endpoints).filter((e) => e.network !== ingress.id && e.owner.kind !== 'ingress-sbox' && e.owner.kind !== 'task' && e.owner.kind !== 'container');
    const stripped: World = {
      ...start,
      networks: Object.fromEntries(Object.entries(start.networks).filter(([id]) => id !== ingress.id)),
      endpoints: Object.fromEntries(keep.map((e) => [e.id, e])),
      tasks: {},
      containers: {},
    };
    let w = must(stripped, { type: 'clock/advance', ms: 10_000 });
    const waiting = Object.values(w.tasks);
    expect(waiting.map((t) => currentState(t).state)).toEqual(['new', 'new']);
    expect(Object.values(w.endpoints).some((e) => e.owner.kind === 'vip')).toBe(false);
    w = must(w, { type: 'network/create', on: 'default', spec: { name: 'mesh', driver: 'overlay', attachable: false, internal: false, ingress: true, options: {}, labels: {} } });
    const mesh = Object.values(w.networks).find((n) => n.ingress);
    expect(Object.values(w.tasks).filter((t) => isServing(w, t)).length).toBe(2);
    expect(Object.values(w.endpoints).filter((e) => e.owner.kind === 'vip' && e.owner.service === web.id).map((e) => e.network)).toEqual([mesh?.id]);
    expect(checkInvariants(w)).toEqual([]);
  });
});

function must(w: World, c: Parameters<typeof applyChange>[1]): World {
  const r = applyChange(w, c);
  if (!r.ok) throw new Error(`${c.type}: ${r.error.key}`);
  return r.world;
}
