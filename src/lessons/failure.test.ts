import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness';
import { walkLesson } from '../testing/walkLesson';
import { failure } from './failure';
import { lessonText } from './lessons';

describe('lesson 6: drain a node, stop a node', () => {
  const walk = walkLesson(failure);
  const at = (id: string) => walk.find((w) => w.step.id === id)!;
  const facts = (id: string) => at(id).step.facts!(at(id).view);
  it('every check ticks when the learner runs the clicked commands; answers and explanations come from the world', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(at('drain').answer).toBe('replaced');
    // Slot 3 left default-3 (drained) and slot 1 left default-2 (stopped); both run again on default, with new addresses.
    expect(facts('drain')).toEqual({ slot: 3, node: 'default', ip: '10.0.1.9' });
    expect(facts('stop')).toEqual({ slot: 1, node: 'default', ip: '10.0.1.11' });
    expect(lessonText(failure, 'ko', 'drain.explain', facts('drain'))).toContain('새 주소 10.0.1.9로 띄웠습니다');
    expect(lessonText(failure, 'ko', 'stop.explain', facts('stop'))).toContain('슬롯 1은 이미 default에서 10.0.1.11로');
    expect(facts('names').ips).toBe('10.0.1.3, 10.0.1.4, 10.0.1.9');
    expect(at('balance').answer).toBe('default');
    expect(String(facts('balance').order).split(' → ').sort()).toEqual(['10.0.1.11', '10.0.1.4', '10.0.1.9']);
    expect(at('back').answer).toBe('0');
    expect(facts('force').n).toBeGreaterThan(0);
  });
  it('no check ticks on a world where the step was not done', () => {
    const empty = { world: harness('three-node').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    // A service whose tasks all run on one node is not spread; an answer that still lists a gone task is stale.
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable appnet\ndocker node update --availability drain default-2\ndocker node update --availability drain default-3\ndocker service create -d --name web --replicas 3 --network appnet traefik/whoami\ndocker run -dit --name box --network appnet alpine\ndocker exec -it box sh');
    const check = (id: string) => failure.steps.find((s) => s.id === id)!.check!;
    expect(check('spread')({ world: h.world, traces: [], cursor: null })).toBe(false);
    const stale = harness('three-node').onNode('default');
    stale.run('docker network create -d overlay --attachable appnet\ndocker service create -d --name web --replicas 3 --network appnet traefik/whoami\ndocker run -dit --name box --network appnet alpine\ndocker exec -it box sh');
    const traces = (stale.run('nslookup tasks.web'), stale.last!.traces);
    stale.run('exit\ndocker node update --availability drain default-3');
    expect(check('names')({ world: stale.world, traces, cursor: null })).toBe(false);
    // Requests sent while default-2's task was alive do not count as IPVS following the failure.
    stale.run('docker exec -it box sh\nwget -qO- web\nwget -qO- web\nwget -qO- web');
    const before = stale.last!.traces;
    stale.run('exit\nexit\ndocker-machine stop default-2');
    expect(check('balance')({ world: stale.world, traces: before, cursor: null })).toBe(false);
    expect(check('stop')({ world: stale.world, traces: [], cursor: null })).toBe(true);
  });
});
