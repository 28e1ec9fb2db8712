import { applyChange } from '../sim/apply';
import type { Change } from '../sim/changes';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import { prompt, runLine, type Session } from '../shell/session';
import type { Process } from '../shell/types';

/** Simulated time between two typed lines of a script (a person typing). */
export const THINK_TIME_MS = 2_000;

export interface ReplayResult {
  readonly world: World;
  readonly session: Session;
  /** Exactly what the terminal shows: prompts, typed lines and output. */
  readonly transcript: string;
  readonly changes: readonly Change[];
  readonly traces: readonly Trace[];
}

/**
 * Replays a script as if typed into the terminal, starting at the session's prompt.
 *
 * Script lines:
 * - anything else is typed at the prompt as it is (a trailing `\` continues on the next line, as in bash);
 * - `# ...` is a comment, not typed;
 * - `@wait 7.5s` lets simulated time pass (a running command such as `ping` keeps printing meanwhile);
 * - `^C` presses Ctrl+C: a running command is interrupted and prints its summary.
 * A command that runs until interrupted (ping without -c) and is followed by a typed line is interrupted
 * first, as if the user had pressed Ctrl+C right away.
 */
export function replayScript(world: World, session: Session, script: string): ReplayResult {
  return replayLines(world, session, script.split('\n'));
}

export function replayLines(startWorld: World, startSession: Session, lines: readonly string[]): ReplayResult {
  let world = startWorld;
  let session = startSession;
  let transcript = '';
  const changes: Change[] = [];
  const traces: Trace[] = [];
  let running: { process: Process; elapsed: number; printed: string } | null = null;

  const advance = (ms: number) => {
    const change: Change = { type: 'clock/advance', ms };
    const r = applyChange(world, change);
    if (r.ok && r.world !== world) {
      world = r.world;
      changes.push(change);
    }
  };
  const stream = (ms: number) => {
    if (!running) return;
    running.elapsed += ms;
    const all = running.process.outputUntil(running.elapsed);
    transcript += all.slice(running.printed.length);
    running.printed = all;
  };
  const interrupt = () => {
    if (!running) return;
    const end = running.process.interrupt(running.elapsed);
    transcript += end.text;
    session = { ...session, lastExitCode: end.exitCode };
    running = null;
  };

  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (session.pending === '' && /^\s*#/.test(line)) continue;
    const wait = /^@wait\s+(\d+(?:\.\d+)?)(ms|s)?\s*$/.exec(line);
    if (wait) {
      const ms = Number(wait[1]) * (wait[2] === 'ms' ? 1 : 1000);
      stream(ms);
      advance(ms);
      continue;
    }
    if (line.trim() === '^C') {
      if (running) interrupt();
      else {
        // Ctrl+C at a prompt abandons the line being typed (and any continuation), as bash does.
        transcript += `${prompt(world, session)}^C\n`;
        session = { ...session, pending: '', lastExitCode: 130 };
      }
      continue;
    }
    if (running) interrupt();
    if (session.pending === '') advance(THINK_TIME_MS);
    transcript += `${prompt(world, session)}${line}\n`;
    const r = runLine(world, session, line);
    world = r.world;
    session = r.session;
    changes.push(...r.changes);
    traces.push(...r.traces);
    transcript += r.output;
    if (r.running) {
      running = { process: r.running, elapsed: 0, printed: '' };
      stream(0);
    }
  }
  if (running) interrupt();
  return { world, session, transcript, changes, traces };
}
