import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness';
import { vipDnsrr } from './vipDnsrr';
import { walkLesson } from '../testing/walkLesson';

describe('lesson 2: VIP, dnsrr and tasks.<service>', () => {
  const walk = walkLesson(vipDnsrr);
  const at = (id: string) => walk.find((w) => w.step.id === id)!;
  it('every check ticks when the learner runs the clicked commands; answers come from the world', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(at('vip').answer).toBe(at('vip').step.facts!(at('vip').view).vip);
    expect(at('tasks').answer).toBe('3');
    expect(at('dnsrr').answer).toBe('dnsrr');
    const order = String(at('turns').step.facts!(at('turns').view).order).split(' → ');
    expect(new Set(order).size).toBe(3);
    expect(at('turns').answer).toBe(order[1]);
    expect(at('turns').choices).toEqual([...order].sort((a, b) => Number(a.split('.')[3]) - Number(b.split('.')[3])));
  });
  it('no check ticks on a world where the step was not done', () => {
    const empty = { world: harness('three-node').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    // One request is not three turns; rr as a VIP service answers with its VIP, not its tasks.
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable appnet\ndocker service create -d --name web --replicas 3 --network appnet traefik/whoami\ndocker service create -d --name rr --replicas 2 --network appnet traefik/whoami\ndocker run -dit --name box --network appnet alpine\ndocker exec -it box sh');
    const traces = [...(h.run('nslookup rr'), h.last!.traces), ...(h.run('wget -qO- web'), h.last!.traces)];
    const view = { world: h.world, traces, cursor: null };
    expect(vipDnsrr.steps.find((s) => s.id === 'dnsrr')!.check!(view)).toBe(false);
    expect(vipDnsrr.steps.find((s) => s.id === 'turns')!.check!(view)).toBe(false);
  });
});
