import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { golden } from '../../testing/golden';
import { harness } from '../../testing/harness';
import { currentFrame } from '../session';

const file = (name: string): string => new URL(`./testdata/${name}.golden`, import.meta.url).pathname;

/** The seed's `docker-machine ssh default` block: the banner lines and the prompt that follows. */
function seedSshBlock(): string {
  const seed = readFileSync('/work/shared/reference/seed-walkthrough.md', 'utf8').split('\n');
  const at = seed.indexOf('$ docker-machine ssh default');
  return seed.slice(at, at + 17).join('\n');
}

describe('laptop shell', () => {
  it("prints the seed's boot2docker banner byte for byte and lands on the node (17.10)", () => {
    const h = harness('seed-2017');
    const t = h.run('docker-machine ssh default') + 'docker@default:~$';
    expect(t).toBe(seedSshBlock());
    expect(currentFrame(h.session)).toEqual({ kind: 'node', machine: 'default' });
  });

  it('prints the banner of the current engine and accepts ssh NODE and ssh docker@NODE (29)', () => {
    const h = harness('three-node');
    const t = h.run('ssh docker@default-2\nexit\nssh default-3\nexit\nssh 192.168.99.100\nexit\nssh nosuch\nssh');
    expect(t).toBe(golden(file('ssh-29'), t));
  });

  it('runs docker-machine ls, ip, stop, start and reports unknown hosts', () => {
    const h = harness('seed-2017');
    const t = h.run(
      [
        'docker-machine ls',
        'docker-machine ip default-2',
        'docker-machine stop default-3',
        'docker-machine stop default-3',
        'docker-machine ls',
        'docker-machine ssh default-3',
        'docker-machine start default-3',
        'docker-machine ssh nosuch',
        'docker-machine ip nosuch',
        'docker-machine frobnicate',
        'docker ps',
        'help',
      ].join('\n'),
    );
    expect(t).toBe(golden(file('docker-machine-17.10'), t));
    expect(h.world.machines.map((m) => m.state)).toEqual(['Running', 'Running', 'Running']);
  });

  it('shows the current engine version in docker-machine ls (29)', () => {
    expect(harness('three-node').out('docker-machine ls')).toBe(golden(file('docker-machine-ls-29'), harness('three-node').out('docker-machine ls')));
  });
});

describe('docker-machine ssh NODE COMMAND', () => {
  it('runs the command on the node and prints its output without the banner, then stays on the laptop', () => {
    const h = harness('three-node');
    const t = h.run(
      [
        'docker-machine ssh default docker node ls',
        'docker-machine ssh default-2 hostname',
        'docker-machine ssh default "echo one > f; cat f"',
        'docker-machine ssh default cat f',
        'docker-machine ssh default docker nosuch',
        'echo $?',
        'docker-machine ssh nosuch hostname',
      ].join('\n'),
    );
    expect(t).toBe(golden(file('ssh-command-29'), t));
    expect(currentFrame(h.session)).toEqual({ kind: 'laptop' });
  });
});
