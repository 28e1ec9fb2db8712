import { describe, expect, test } from 'vitest';
import { golden } from '../../../testing/golden';
import { harness } from '../../../testing/harness';
import { currentFrame } from '../../session';

const dir = `${__dirname}/testdata`;
const profiles = [['29', 'three-node'], ['17.10', 'seed-2017']] as const;

describe.each(profiles)('a container whose main process is the shell (profile %s)', (profile, scenario) => {
  test('exit from docker run -it stops it (--rm removes it) and frees its endpoints; the overlay can then go', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker network create -d overlay --attachable test-net',
      'docker run -it --rm --name alpine1 --network test-net alpine',
      'exit',
      'docker run -it --name alpine2 --network test-net alpine',
      'exit',
      'docker ps -a',
      'docker network inspect -f "{{len .Containers}}" test-net',
      'docker network rm test-net',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/run-it-exit-${profile}.golden`, out));
    expect(Object.values(h.world.containers).map((c) => [c.name, c.state, c.interfaces.length])).toEqual([['alpine2', 'exited', 0]]);
    expect(currentFrame(h.session)).toEqual({ kind: 'node', machine: 'default' });
  });

  test('a run whose start fails leaves the container Created; stop and rm work on it', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker network create -d overlay closed',
      'docker run -d --name stuck --network closed alpine sleep 1d',
      'docker run --rm --name gone --network closed alpine sleep 1d',
      'docker ps -a',
      'docker stop stuck',
      'docker rm stuck',
      'docker ps -a',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/run-start-fails-${profile}.golden`, out));
  });

  test('docker attach: the shell of a -dit container, exit stops it; errors as docker prints them', () => {
    const h = harness(scenario).onNode('default');
    const out = h.run([
      'docker run -dit --name a3 alpine',
      'docker attach a3',
      'hostname',
      'exit',
      'docker ps -a --format "{{.Names}} {{.Status}}"',
      'docker attach a3',
      'docker attach nosuch',
      'docker attach',
      'docker start a3',
      'docker container attach a3',
      'exit',
      'docker attach --help',
    ].join('\n'));
    expect(out).toBe(golden(`${dir}/attach-${profile}.golden`, out));
  });
});
