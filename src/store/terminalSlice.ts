import type { StateCreator } from 'zustand';
import { THINK_TIME_MS } from '../scenario/replay';
import { applyChange } from '../sim/apply';
import type { World } from '../sim/world';
import { newSession, prompt, runLine as shellRunLine, type Session } from '../shell/session';
import type { Process } from '../shell/types';
import type { Playground } from './playground';
import { isTrace } from './traceSlice';

export interface Running {
  readonly process: Process;
  /** What has been printed of its output so far. */
  readonly printed: string;
}

export interface TerminalSlice {
  readonly session: Session;
  /** Everything the terminal shows above the current prompt, since the last clear. `\n` line ends. */
  readonly transcript: string;
  /** A command still running (ping without -c): no prompt until it ends. */
  readonly running: Running | null;
  /** Lines typed since the scenario loaded, as a scenario's `commands`. */
  readonly commands: readonly string[];
  /** Runs one typed line at the current prompt; ignored while a command runs. */
  readonly runLine: (line: string) => void;
  /** A running command's output up to `elapsedMs` (real milliseconds since it started). */
  readonly tick: (elapsedMs: number) => void;
  /** Ctrl+C: interrupts the running command at `elapsedMs`, or abandons the typed text `typed`. */
  readonly interrupt: (elapsedMs: number, typed: string) => void;
  /** Ctrl+L. */
  readonly clearScreen: () => void;
}

function advance(world: World, ms: number): World {
  const r = applyChange(world, { type: 'clock/advance', ms });
  return r.ok ? r.world : world;
}

export const createTerminalSlice: StateCreator<Playground, [], [], TerminalSlice> = (set, get) => ({
  session: newSession(),
  transcript: '',
  running: null,
  commands: [],
  runLine: (line) => {
    const s = get();
    if (s.running) return;
    // Same pacing as a replayed script, so a typed session replays to the same world.
    const world = s.session.pending === '' ? advance(s.world, THINK_TIME_MS) : s.world;
    const echo = `${prompt(world, s.session)}${line}\n`;
    const r = shellRunLine(world, s.session, line);
    const first = r.running ? r.running.outputUntil(0) : '';
    const traces = r.traces.filter(isTrace);
    set({
      world: r.world,
      session: r.session,
      transcript: r.clear ? r.output + first : s.transcript + echo + r.output + first,
      running: r.running ? { process: r.running, printed: first } : null,
      commands: [...s.commands, line],
      ...(traces.length > 0 ? { traces: [...s.traces, ...traces], cursor: { trace: s.traces.length, packet: 0, hop: 0 } } : {}),
    });
  },
  tick: (elapsedMs) => {
    const { running, transcript } = get();
    if (!running) return;
    const all = running.process.outputUntil(elapsedMs);
    if (all === running.printed) return;
    set({ running: { ...running, printed: all }, transcript: transcript + all.slice(running.printed.length) });
  },
  interrupt: (elapsedMs, typed) => {
    const s = get();
    if (!s.running) {
      set({ transcript: `${s.transcript}${prompt(s.world, s.session)}${typed}^C\n`, session: { ...s.session, pending: '', lastExitCode: 130 } });
      return;
    }
    get().tick(elapsedMs);
    const end = s.running.process.interrupt(elapsedMs);
    set({
      transcript: get().transcript + end.text,
      running: null,
      world: advance(s.world, elapsedMs),
      session: { ...s.session, lastExitCode: end.exitCode },
      commands: [...s.commands, `@wait ${elapsedMs}ms`, '^C'],
    });
  },
  clearScreen: () => set({ transcript: '' }),
});
