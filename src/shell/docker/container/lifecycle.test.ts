import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

describe('docker stop, kill, start, rm, logs', () => {
  it.each(['three-node', 'seed-2017'])('print each reference or docker error (%s)', (scenario) => {
    const h = harness(scenario).onNode('default');
    h.run('docker run -d --name c1 alpine sleep 1000\ndocker run -d --name c2 alpine sleep 1000');
    const t = h.run(
      [
        'docker rm c1',
        'docker stop c1 nosuch',
        'docker kill c1',
        'docker kill c2',
        'docker start c1',
        'docker logs c1',
        'docker logs nosuch',
        'docker ps -a --format "{{.Names}} {{.State}}"',
        'docker rm -f c1 c2',
        'docker container rm nosuch',
        'docker ps -a',
      ].join('\n'),
    );
    let text = t;
    for (const c of Object.values(h.world.containers)) text = text.split(c.id).join(`<${c.name}>`);
    text = text.replace(/[0-9a-f]{64}/g, '<id>');
    expect(text).toBe(golden(file(`lifecycle-${scenario}`), text));
    expect(Object.keys(h.world.containers)).toEqual([]);
  });
});
