import { describe, expect, it } from 'vitest';
import { harness } from '../testing/harness';
import { walkLesson } from '../testing/walkLesson';
import { workersView } from './workersView';

const step = (id: string) => workersView.steps.find((s) => s.id === id)!;

describe('lesson 5: what workers see', () => {
  const walk = walkLesson(workersView);
  const at = (id: string) => walk.find((w) => w.step.id === id)!;

  it('every check ticks when the learner runs the clicked commands; answers come from the world', () => {
    expect(walk.filter((w) => !w.ticked).map((w) => w.step.id)).toEqual([]);
    expect(at('worker').answer).toBe('none');
    expect(at('gone').answer).toBe('no');
    expect(at('refused').answer).toBe('attachable');
    expect(at('reach').choices).toEqual(['10.0.2.1', '10.0.2.2', '10.0.2.4']);
    expect(at('reach').answer).toBe('10.0.2.2');
    expect(at('reach').step.facts!(at('reach').view)).toEqual({ worker: 'default-3', ip: '10.0.2.2', probe: '10.0.2.4', vni: 4098 });
  });

  it('the commands print what the lesson says on the worker', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay backnet\ndocker network create -d overlay --attachable toolnet\nexit\ndocker-machine ssh default-3');
    expect(h.out('docker network ls')).not.toMatch(/backnet|toolnet/);
    expect(h.out('docker run -dit --network backnet alpine')).toBe('docker: Error response from daemon: Could not attach to network backnet: rpc error: code = PermissionDenied desc = network backnet not manually attachable.\n');
    expect(h.out('docker ps -a')).toMatch(/alpine {4}"\/bin\/sh" .* Created /);
    h.run('docker run -dit --name tool --network toolnet alpine');
    expect(h.out('docker network ls')).toMatch(/toolnet +overlay +swarm/);
  });

  it('no check ticks on a world where the step was not done', () => {
    const empty = { world: harness('three-node').world, traces: [], cursor: null };
    for (const w of walk) if (w.step.check) expect(w.step.check(empty), w.step.id).toBe(false);
    // Both networks attachable; the task on another node; a service never scaled down; tool on the manager.
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable backnet\ndocker network create -d overlay --attachable toolnet\ndocker service create -d --name api --replicas 1 --constraint node.hostname==default-2 --network backnet nginx\ndocker run -dit --name tool --network toolnet alpine\ndocker run -dit --name probe --network toolnet alpine\ndocker exec -it probe sh');
    const ping = (h.run('ping -c 1 tool'), h.last!.traces);
    const view = { world: h.world, traces: ping, cursor: null };
    for (const id of ['networks', 'task', 'gone', 'attach', 'reach']) expect(step(id).check!(view), id).toBe(false);
  });
});
