import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { currentFrame } from '../../session';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

function stable(text: string, ids: readonly string[]): string {
  return ids.reduce((t, id, i) => t.split(id).join(`<id${i}>`).split(id.slice(0, 12)).join(`<short${i}>`), text);
}

describe('docker run', () => {
  it.each(['three-node', 'seed-2017'])('prints docker errors; only a failed start leaves its container behind, Created (%s)', (scenario) => {
    const h = harness(scenario).onNode('default');
    h.run('docker network create -d overlay overnet\ndocker run -d --name taken alpine sleep 100');
    const before = h.world.containers;
    const t = h.run(
      [
        'docker run foo',
        'docker run -d --network overnet alpine sleep 1',
        'docker run -it --network overnet alpine',
        'docker run -d --network nosuch alpine',
        'docker run -d --name taken alpine',
        'docker run -d -p 80:http nginx',
        'docker run',
        'docker run --nope alpine',
      ].join('\n'),
    );
    const left = Object.values(h.world.containers).filter((c) => !before[c.id]);
    expect(left.map((c) => [c.state, c.interfaces.length])).toEqual([['created', 0], ['created', 0]]);
    const text = stable(t, [...Object.keys(before), ...left.map((c) => c.id)]);
    expect(text).toBe(golden(file(`run-errors-${scenario}`), text));
  });

  it('-d prints the id, -it enters the shell, an attached command runs once and --rm removes it', () => {
    const h = harness('three-node').onNode('default');
    const detached = h.out('docker run -d --name web nginx');
    const id = detached.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(h.world.containers[id]?.state).toBe('running');
    expect(h.run('docker run --rm alpine echo hi')).toBe('docker@default:~$ docker run --rm alpine echo hi\nhi\n');
    expect(Object.values(h.world.containers).map((c) => c.name)).toEqual(['web']);
    expect(h.run('docker run -it --name shell --hostname box ubuntu')).toBe('docker@default:~$ docker run -it --name shell --hostname box ubuntu\n');
    const frame = currentFrame(h.session);
    const shell = Object.values(h.world.containers).find((c) => c.name === 'shell')!;
    expect(frame).toEqual({ kind: 'container', machine: 'default', container: shell.id, main: { rm: false } });
    expect(h.run('exit')).toBe('root@box:/# exit\n');
  });
});
