import { cpuUsage } from 'node:process';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../shell/lang/limits';
import { newSession, runLine } from '../../shell/session';
import { harness } from '../harness';

/** CPU milliseconds `fn` takes (wall time on a shared machine measures the neighbours too). */
function cpuMs(fn: () => void): number {
  const before = cpuUsage();
  fn();
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Lines the fuzzer once broke the shell language with: long lines of many words, deep `$(`. */
describe('shell language limits', () => {
  it('a 1 MB line of 350,000 words gets its answer in well under a second', () => {
    const world = harness('three-node').world;
    let output = '';
    const ms = cpuMs(() => {
      output = runLine(world, newSession(), `echo ${'ab '.repeat(350_000)}`).output;
    });
    expect(output).toBe(`${Array.from({ length: 350_000 }, () => 'ab').join(' ')}\n`);
    // Was 2-3 s; about 0.3 s now. The bound leaves room for a slow machine, not for going back to seconds.
    expect(ms).toBeLessThan(1_000);
  });

  it(`${MAX_NESTING} nested $( run as bash runs them; 2,000 get one line naming the limit, and the world is unchanged`, () => {
    const world = harness('three-node').world;
    const nested = (n: number) => `${'$('.repeat(n)}echo x${')'.repeat(n)}`;
    // The innermost prints x, the next runs x (not found), the outer ones run nothing.
    expect(runLine(world, newSession(), nested(MAX_NESTING)).output).toBe('bash: x: command not found\n');
    const r = runLine(world, newSession(), nested(2_000));
    expect(r.output).toBe(`bash: command substitution: maximum nesting level exceeded (${MAX_NESTING})\n`);
    expect(r.world).toBe(world);
    expect(r.session.lastExitCode).not.toBe(0);
  });
});
