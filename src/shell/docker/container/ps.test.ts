import { describe, expect, it } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { onNode, typeLines, withSeedService } from './fixtureWorlds';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

const seedPs = [
  'CONTAINER ID        IMAGE               COMMAND             CREATED             STATUS              PORTS               NAMES',
  'fb057acbf8fa        ubuntu:latest       "sleep infinity"    29 seconds ago      Up 29 seconds                           myservice.2.0ylu27keha3b3cieivu4vh4bd',
  '',
].join('\n');

describe('docker ps', () => {
  it("matches the seed's docker ps byte for byte, ids aside", () => {
    const world = withSeedService(harness('seed-2017').world, 29);
    const out = typeLines(world, onNode('default'), ['docker ps']).transcript;
    const local = Object.values(world.containers).filter((c) => c.machine === 'default');
    expect(local).toHaveLength(1);
    const c = local[0]!;
    const task = world.tasks[c.task ?? '']!;
    const normalized = out.replace(c.id.slice(0, 12), 'fb057acbf8fa').replace(task.id, '0ylu27keha3b3cieivu4vh4bd');
    expect(normalized).toBe(`docker@default:~$ docker ps\n${seedPs}`);
  });

  it('lists, filters and formats standalone containers (profile 29)', () => {
    const h = harness('three-node').onNode('default');
    const t = h.run(
      [
        'docker ps',
        'docker run -d --name web -p 8080:80 nginx',
        'docker run -d --name pinger alpine sleep 1000',
        'docker run --name once ubuntu echo hello',
        'docker ps',
        'docker ps -a',
        'docker container ls -a --no-trunc --format "table {{.Names}}\\t{{.Image}}\\t{{.Command}}"',
        'docker ps -q',
        'docker ps -f name=web --format "{{.Names}} {{.Ports}}"',
        'docker ps -f status=exited --format "{{.Names}}: {{.Status}}"',
        'docker ps -f foo=bar',
        'docker ps -f status=sleeping',
        'docker ps -f name',
        'docker ps --format "{{.Nope}"',
        'docker ps extra',
      ].join('\n'),
    );
    const ids = Object.values(h.world.containers).map((c) => c.id);
    let stable = t;
    ids.forEach((id, i) => (stable = stable.split(id).join(`<id${i}>`).split(id.slice(0, 12)).join(`<short${i}>`)));
    expect(stable).toBe(golden(file('ps-29'), stable));
  });

  it('cuts commands with "..." in 17.10 and with "…" today', () => {
    const legacy = harness('seed-2017').onNode('default');
    legacy.run('docker run -d --name web nginx');
    expect(legacy.out('docker ps --format "{{.Command}}"')).toBe('"/docker-entrypoin..."\n');
    const modern = harness('three-node').onNode('default');
    modern.run('docker run -d --name web nginx');
    expect(modern.out('docker ps --format "{{.Command}}"')).toBe('"/docker-entrypoint.…"\n');
  });
});
