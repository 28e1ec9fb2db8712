import { describe, expect, it, vi } from 'vitest';
import { harness } from '../testing/harness';
import { runLine } from './session';
import type { CommandHandler } from './types';

// Every shell gets a command that changes the world and then fails inside the playground.
vi.mock('./registry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./registry')>();
  const { applyChange } = await import('../sim/apply');
  const boom: CommandHandler = (_argv, ctx) => {
    const r = applyChange(ctx.world, { type: 'clock/advance', ms: 60_000 });
    if (r.ok && r.world.now > 0) throw new TypeError("Cannot read properties of undefined (reading 'ip')\n    at somewhere (x.ts:1:1)");
    return { stdout: '', stderr: '', exitCode: 0 };
  };
  return {
    ...actual,
    commandsFor: (kind: Parameters<typeof actual.commandsFor>[0]) => new Map([...actual.commandsFor(kind), ['boom', boom]]),
  };
});

describe('an internal error inside a command', () => {
  it('prints one line in the shell’s words and leaves the world as it was before that command', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay before');
    const out = h.run('docker network create -d overlay first && boom; docker network ls -q -f name=first | wc -l');
    expect(out.split('\n')[1]).toMatch(/^[a-z0-9]{25}$/);
    expect(out.split('\n').slice(2)).toEqual(["-sh: boom: internal error: Cannot read properties of undefined (reading 'ip')", '1', '']);
    // The first command's network stays; boom's clock change is gone.
    const now = h.world.now;
    expect(h.out('boom')).toBe("-sh: boom: internal error: Cannot read properties of undefined (reading 'ip')\n");
    expect(h.world.now - now).toBe(2_000); // only the typing pause of the harness
    expect(h.out('echo $?')).toBe('2\n');
    expect(h.out('docker network ls -q -f name=before | wc -l')).toBe('1\n');
  });

  it('in an ash shell says sh', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker run -dit --name c1 alpine\ndocker exec -it c1 sh');
    expect(h.out('boom | cat')).toBe("sh: boom: internal error: Cannot read properties of undefined (reading 'ip')\n");
  });

  it('outside any command (a line nested past the parser limit) prints one line and changes nothing', () => {
    const h = harness('three-node').onNode('default');
    const before = h.world;
    const line = `${'$('.repeat(5_000)}echo x${')'.repeat(5_000)}`;
    const r = runLine(before, h.session, line);
    expect(r.output).toBe('-sh: command substitution: maximum nesting level exceeded (200)\n');
    expect(r.world).toBe(before);
    expect(r.session.lastExitCode).toBe(2);
    expect(r.session.pending).toBe('');
  });
});
