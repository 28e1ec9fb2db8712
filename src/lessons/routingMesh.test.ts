import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness';
import { walkLesson } from '../testing/walkLesson';
import { cursorAt } from './checks/cursorAt';
import { routingMesh } from './routingMesh';

const step = (id: string) => routingMesh.steps.find((s) => s.id === id)!;
const cursors = new Map([['ipvs', cursorAt('ipvs-schedule')], ['vxlan', cursorAt('vxlan-encap')]]);

describe('lesson 3: the routing mesh', () => {
  const walk = walkLesson(routingMesh, new Map(), cursors);
  const at = (id: string) => walk.find((w) => w.step.id === id)!;

  it('every check ticks when the learner runs the clicked commands and steps as told; answers come from the world', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(at('publish').choices).toEqual(['default', 'default-2', 'default-3']);
    expect(at('publish').answer).toBe('default');
    expect(at('publish').step.facts!(at('publish').view)).toEqual({ idle: 'default', busy: 'default-2, default-3' });
    // The node without a task is curled last, so the stepper opens on its request.
    const curl = at('curl');
    const facts = curl.step.facts!(curl.view);
    expect([facts.ip1, facts.ip2, facts.ip3]).toEqual(['192.168.99.101', '192.168.99.102', '192.168.99.100']);
    expect(curl.choices).toEqual(['10.0.0.2', '10.0.0.6', '10.0.0.7', '192.168.99.1', '192.168.99.100']);
    expect(curl.answer).toBe('10.0.0.2');
    // The answer is what whoami printed as RemoteAddr for the call to the idle node.
    expect(curl.view.traces.at(-1)!.packets[0]!.hops.find((h) => h.action === 'snat')!.why.params.to).toBe('10.0.0.2');
    const ipvs = at('ipvs');
    expect(ipvs.answer).toBe('10.0.0.6');
    expect(ipvs.step.facts!(ipvs.view)).toEqual({ idle: 'default', at: 'default', vip: '172.18.0.2:8080', fwmark: '256', real: '10.0.0.6', node: 'default-2' });
    expect(at('vxlan').answer).toBe('4096');
    expect(at('vxlan').step.facts!(at('vxlan').view)).toEqual({ vni: 4096, port: 4789, from: 'default', to: '192.168.99.101' });
    expect(at('vxlan').choices).toEqual(['4096', '4789', '8080']);
  });

  it('the curl to the idle node prints the ingress-sbox address the quiz names', () => {
    const h = harness('three-node');
    h.run('docker-machine ssh default\ndocker service create -d --name web --replicas 2 -p 8080:80 traefik/whoami\nexit');
    expect(h.out('curl 192.168.99.100:8080')).toContain('RemoteAddr: 10.0.0.2:');
  });

  it('no check ticks on a world where the step was not done', () => {
    const empty = { world: harness('three-node').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    // Another port, or three tasks, is not the service the step asks for.
    const h = harness('three-node').onNode('default');
    h.run('docker service create -d --name web --replicas 2 -p 9090:80 traefik/whoami');
    expect(step('publish').check!({ world: h.world, traces: [], cursor: null })).toBe(false);
    // Curling two nodes of three is not every node; a cursor on IPVS of a VIP inside a container is not ingress-sbox.
    const m = harness('three-node');
    m.run('docker-machine ssh default\ndocker service create -d --name web --replicas 2 -p 8080:80 traefik/whoami\nexit');
    const traces = [...(m.run('curl 192.168.99.101:8080'), m.last!.traces), ...(m.run('curl 192.168.99.102:8080'), m.last!.traces)];
    expect(step('curl').check!({ world: m.world, traces, cursor: null })).toBe(false);
    const onDnat = { world: m.world, traces, cursor: cursorAt('dnat')(traces) };
    expect(step('ipvs').check!(onDnat)).toBe(false);
    expect(step('vxlan').check!(onDnat)).toBe(false);
    const v = harness('three-node').onNode('default');
    v.run('docker network create -d overlay --attachable appnet\ndocker service create -d --name api --replicas 2 --network appnet traefik/whoami\ndocker run -dit --name box --network appnet alpine\ndocker exec -it box sh');
    v.run('wget -qO- api');
    const east = v.last!.traces;
    expect(step('ipvs').check!({ world: v.world, traces: east, cursor: cursorAt('ipvs-schedule')(east) })).toBe(false);
    expect(step('vxlan').check!({ world: v.world, traces: east, cursor: cursorAt('vxlan-encap')(east) })).toBe(false);
  });
});
