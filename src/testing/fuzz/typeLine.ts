import { performance } from 'node:perf_hooks';
import { voiceOf } from '../../shell/lang/voice';
import { currentFrame, runLine, type Session } from '../../shell/session';
import type { World } from '../../sim/world';
import { afterEachLine } from './afterEachLine';

/** What a shell must never print: JavaScript leaking through instead of the shell's or Docker's words. */
const LEAKS = [/\bundefined\b/, /\bNaN\b/, /\[object \w+\]/, /\bfunction \w*\(/, /\binternal error\b/, /TypeError|RangeError|ReferenceError/];

export interface Typed {
  readonly world: World;
  readonly session: Session;
  readonly output: string;
  readonly ms: number;
}

/**
 * Types one line into a session as the terminal does (a command still running is interrupted, as
 * Ctrl+C would) and checks it: no throw, no JavaScript in the output, a failing command says something,
 * the world checks hold, and it finishes within `boundMs`. Throws an Error naming the line otherwise.
 */
export function typeLine(world: World, session: Session, line: string, boundMs: number): Typed {
  const where = `${currentFrame(session).kind} shell`;
  const t0 = performance.now();
  let r: ReturnType<typeof runLine>;
  let output: string;
  try {
    r = runLine(world, session, line);
    output = r.output;
    if (r.running) {
      output += r.running.outputUntil(3_000);
      output += r.running.interrupt(3_000).text;
    }
  } catch (e) {
    throw new Error(`threw in the ${where} on ${JSON.stringify(line)}: ${(e as Error).stack ?? String(e)}`, { cause: e });
  }
  const ms = performance.now() - t0;
  if (ms > boundMs) throw new Error(`took ${ms.toFixed(0)} ms (bound ${boundMs} ms) in the ${where} on ${JSON.stringify(line.slice(0, 200))}`);
  // Leaks count only when what was typed did not contain the word (echo NaN prints NaN).
  for (const leak of LEAKS) {
    if (leak.test(output) && !leak.test(`${session.pending}\n${line}`)) throw new Error(`printed ${leak} in the ${where} on ${JSON.stringify(line)}:\n${output.slice(0, 2000)}`);
  }
  for (const check of afterEachLine) {
    const problem = check(r.world);
    if (problem) throw new Error(`after ${JSON.stringify(line)} in the ${where}: ${problem}`);
  }
  // The shell's voice must still be known (the frame's container may have gone: exit brings the user back).
  voiceOf(r.world, currentFrame(r.session));
  return { world: r.world, session: r.session, output, ms };
}
