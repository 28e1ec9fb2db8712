import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReplay } from './replay';

const unknown = (name: string) => `replay: unknown scenario ${name} (built-in: three-node, seed-2017, no-swarm, big-50)\n`;

describe('replay --scenario with a prototype name', () => {
  it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])('%s is an unknown scenario', (name) => {
    const r = runReplay(['--scenario', name, 'script.txt'], (path) => (path === 'script.txt' ? 'hostname\n' : null));
    expect(r).toEqual({ stdout: '', stderr: unknown(name), exitCode: 2 });
  });
  it('prints one line on stderr and exits 2 from the command line', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/replay.ts', '--scenario', 'constructor', 'package.json'], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
    expect(r.stderr).toBe(unknown('constructor'));
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  }, 60_000);
});
