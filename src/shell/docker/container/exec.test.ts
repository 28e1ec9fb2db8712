import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { currentFrame } from '../../session';
import { onNode, typeLines, withSeedService } from './fixtureWorlds';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('docker exec', () => {
  it("enters the task's container with -it /bin/bash, as in the seed, and exit comes back", () => {
    const world = withSeedService(harness('seed-2017').world, 29);
    const c = Object.values(world.containers).find((x) => x.machine === 'default')!;
    const short = c.id.slice(0, 12);
    const r = typeLines(world, onNode('default'), [`docker exec -it ${short} /bin/bash`]);
    expect(r.transcript).toBe(`docker@default:~$ docker exec -it ${short} /bin/bash\n`);
    expect(currentFrame(r.session)).toEqual({ kind: 'container', machine: 'default', container: c.id });
    const back = typeLines(r.world, r.session, ['exit']);
    expect(back.transcript).toBe(`root@${short}:/# exit\n`);
    expect(currentFrame(back.session)).toEqual({ kind: 'node', machine: 'default' });
  });

  it('runs other commands once inside, and reports missing and stopped containers', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker run -d --name box alpine sleep 1000\ndocker run -d --name dead ubuntu sleep 5\ndocker stop dead');
    const dead = Object.values(h.world.containers).find((c) => c.name === 'dead')!;
    const t = h.run(
      [
        'docker exec box echo hello from box',
        'docker exec -it box bash',
        'docker exec -it box sh',
        'exit',
        'docker exec nosuch ls',
        'docker exec dead ls',
        'docker exec box',
        'docker container exec box echo again',
      ].join('\n'),
    );
    const box = Object.values(h.world.containers).find((c) => c.name === 'box')!;
    const stable = t.split(dead.id).join('<dead-id>').split(box.id.slice(0, 12)).join('<box>');
    expect(stable).toBe(golden(file('exec-29'), stable));
  });

  it('says "Container ... is not running" in 17.10', () => {
    const h = harness('seed-2017').onNode('default');
    h.run('docker run -d --name dead ubuntu sleep 5\ndocker stop dead');
    const dead = Object.values(h.world.containers).find((c) => c.name === 'dead')!;
    expect(h.out('docker exec dead ls')).toBe(`Error response from daemon: Container ${dead.id} is not running\n`);
  });
});
