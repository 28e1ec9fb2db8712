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

/** One terminal tab: its own shell session and screen over the one shared world. */
export interface TerminalTab {
  readonly id: number;
  readonly session: Session;
  readonly transcript: string;
  readonly running: Running | null;
}

export interface TerminalSlice {
  /** The active tab's session (mirrors `sessions`' active entry). */
  readonly session: Session;
  /** Everything the active tab shows above the current prompt, since the last clear. `\n` line ends. */
  readonly transcript: string;
  /** A command still running in the active tab (ping without -c): no prompt until it ends. */
  readonly running: Running | null;
  /** Every tab, in strip order. The active one is kept equal to `session`, `transcript` and `running`. */
  readonly sessions: readonly TerminalTab[];
  /** Id of the active tab. */
  readonly activeSession: number;
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
  /** A second Tab: prints the prompt and `typed`, then the candidate `listing`; the line is drawn again below. */
  readonly listCandidates: (typed: string, listing: string) => void;
  /** Opens a new tab with a fresh laptop shell and makes it active. */
  readonly openSession: () => void;
  /** Makes a tab active. */
  readonly switchSession: (id: number) => void;
  /** Closes a tab (never the last one); the next tab, or else the previous, becomes active. */
  readonly closeSession: (id: number) => void;
}

/** The tab state a freshly loaded scenario starts with: one tab holding `session`. */
export const firstTab = (session: Session): Pick<TerminalSlice, 'sessions' | 'activeSession'> => ({
  sessions: [{ id: 0, session, transcript: '', running: null }],
  activeSession: 0,
});

function advance(world: World, ms: number): World {
  const r = applyChange(world, { type: 'clock/advance', ms });
  return r.ok ? r.world : world;
}

type Live = Pick<TerminalTab, 'session' | 'transcript' | 'running'>;

/** A patch for the active tab's live fields, written both at the top level and into `sessions`. */
function onActive(s: Playground, patch: Partial<Live>): Partial<Playground> {
  const live: Live = { session: patch.session ?? s.session, transcript: patch.transcript ?? s.transcript, running: patch.running === undefined ? s.running : patch.running };
  return { ...live, sessions: s.sessions.map((t) => (t.id === s.activeSession ? { ...t, ...live } : t)) };
}

/** Makes `id` the active tab of `sessions`, showing its live fields at the top level. */
function activate(sessions: readonly TerminalTab[], id: number): Partial<Playground> {
  const tab = sessions.find((t) => t.id === id) as TerminalTab;
  return { sessions, activeSession: id, session: tab.session, transcript: tab.transcript, running: tab.running };
}

/** `sessions` with the active tab refreshed from the top-level fields (the source of truth for it). */
const saved = (s: Playground): readonly TerminalTab[] =>
  s.sessions.map((t) => (t.id === s.activeSession ? { ...t, session: s.session, transcript: s.transcript, running: s.running } : t));

export const createTerminalSlice: StateCreator<Playground, [], [], TerminalSlice> = (set, get) => ({
  session: newSession(),
  transcript: '',
  running: null,
  ...firstTab(newSession()),
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
      ...onActive(s, {
        session: r.session,
        transcript: r.clear ? r.output + first : s.transcript + echo + r.output + first,
        running: r.running ? { process: r.running, printed: first } : null,
      }),
      commands: [...s.commands, line],
      ...(traces.length > 0 ? { traces: [...s.traces, ...traces], cursor: { trace: s.traces.length, packet: 0, hop: 0 } } : {}),
    });
  },
  tick: (elapsedMs) => {
    const s = get();
    const { running, transcript } = s;
    if (!running) return;
    const all = running.process.outputUntil(elapsedMs);
    if (all === running.printed) return;
    set(onActive(s, { running: { ...running, printed: all }, transcript: transcript + all.slice(running.printed.length) }));
  },
  interrupt: (elapsedMs, typed) => {
    const s = get();
    if (!s.running) {
      set(onActive(s, { transcript: `${s.transcript}${prompt(s.world, s.session)}${typed}^C\n`, session: { ...s.session, pending: '', lastExitCode: 130 } }));
      return;
    }
    get().tick(elapsedMs);
    const end = s.running.process.interrupt(elapsedMs);
    const after = get();
    set({
      ...onActive(after, { transcript: after.transcript + end.text, running: null, session: { ...s.session, lastExitCode: end.exitCode } }),
      world: advance(s.world, elapsedMs),
      commands: [...s.commands, `@wait ${elapsedMs}ms`, '^C'],
    });
  },
  clearScreen: () => set(onActive(get(), { transcript: '' })),
  listCandidates: (typed, listing) => {
    const s = get();
    if (s.running) return;
    set(onActive(s, { transcript: `${s.transcript}${prompt(s.world, s.session)}${typed}\n${listing}` }));
  },
  openSession: () => {
    const s = get();
    const id = Math.max(...s.sessions.map((t) => t.id)) + 1;
    set(activate([...saved(s), { id, session: newSession(), transcript: '', running: null }], id));
  },
  switchSession: (id) => {
    const s = get();
    if (id === s.activeSession || !s.sessions.some((t) => t.id === id)) return;
    set(activate(saved(s), id));
  },
  closeSession: (id) => {
    const s = get();
    const at = s.sessions.findIndex((t) => t.id === id);
    if (at < 0 || s.sessions.length === 1) return;
    const sessions = saved(s).filter((t) => t.id !== id);
    if (id !== s.activeSession) { set({ sessions }); return; }
    set(activate(sessions, (sessions[Math.min(at, sessions.length - 1)] as TerminalTab).id));
  },
});
