import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness';
import { overlayDiscovery } from './overlayDiscovery';
import { walkLesson } from '../testing/walkLesson';

describe('lesson 1: overlay networks and service discovery', () => {
  const walk = walkLesson(overlayDiscovery);
  const at = (id: string) => walk.find((w) => w.step.id === id)!;

  it('every check ticks when the learner runs the clicked commands, on the seed numbers', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(at('network').step.facts!(at('network').view)).toEqual({ vni: 4098 });
    expect(at('lazy').answer).toBe('no');
    expect(at('address').choices).toEqual(['10.0.0.5', '10.0.0.6', '10.0.0.7', '10.0.0.8']);
    expect(at('address').answer).toBe('10.0.0.6');
    expect(at('address').step.facts!(at('address').view)).toEqual({ ip: '10.0.0.6', slot: 1, vip: '10.0.0.5' });
    expect(at('vni').choices).toEqual(['4098', '4789', '4096']);
    expect(at('vni').answer).toBe('4098');
    expect(at('vip').step.facts!(at('vip').view).vip).toBe('10.0.0.5');
  });

  it('the exec step names the learner\'s own container id, which is not the post\'s', () => {
    const id = String(at('exec').step.facts!(at('exec').view).id);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(id).not.toBe('fb057acbf8fa');
  });

  it('no check ticks on a world where the step was not done', () => {
    const empty = { world: harness('seed-2017').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    // A network with another name, and a service with one task, do not count.
    const h = harness('seed-2017').onNode('default');
    h.run('docker network create -d overlay othernet\ndocker service create --name myservice --network othernet --replicas 3 ubuntu sleep infinity');
    const wrong = { world: h.world, traces: [], cursor: null };
    expect(overlayDiscovery.steps.find((s) => s.id === 'network')!.check!(wrong)).toBe(false);
    expect(overlayDiscovery.steps.find((s) => s.id === 'service')!.check!(wrong)).toBe(false);
  });

  it('a ping across another overlay (another VNI) does not tick the VXLAN step', () => {
    const h = harness('seed-2017').onNode('default');
    h.run('docker network create -d overlay othernet\ndocker network create -d overlay overnet\ndocker service create --name myservice --network othernet --replicas 3 ubuntu sleep infinity\ndocker exec -it $(docker ps -q -f name=myservice) /bin/bash\napt-get update && apt-get install -y iputils-ping');
    h.run('ping -c 1 10.0.0.6');
    expect(h.last!.traces.flatMap((t) => t.packets.flatMap((p) => p.hops)).some((x) => x.action === 'vxlan-encap' && x.why.params.vni === 4098)).toBe(true);
    const view = { world: h.world, traces: h.last!.traces, cursor: null };
    expect(overlayDiscovery.steps.find((s) => s.id === 'ping')!.check!(view)).toBe(false);
  });
});
