import type { StateCreator } from 'zustand';
import type { Session } from '../shell/session';
import { applyOperation } from '../terminal/applyOperation';
import type { Operation } from '../terminal/operation';
import type { SendRequest } from '../terminal/sendRequest';
import { sendTab } from '../terminal/sendOperation';
import { findTab, type RunningProcess, type TerminalModel, type TerminalTab } from '../terminal/terminalModel';
import type { Playground } from './playground';

export interface TerminalSlice {
  /** The terminal model: world, tabs, traces and the log of operations (src/terminal). */
  readonly model: TerminalModel;
  /** The active tab's session (mirrors the model's tab). */
  readonly session: Session;
  /** What the active tab shows above its prompt, including a running command's output up to now. */
  readonly transcript: string;
  /** A command still running in the active tab (ping without -c): no prompt until it ends. */
  readonly running: RunningProcess | null;
  /** Every tab, in strip order (the model's tabs). */
  readonly sessions: readonly TerminalTab[];
  /** Id of the active tab. */
  readonly activeSession: number;
  /**
   * Real milliseconds that running commands have run since the last operation: shown, not yet in the
   * model. The next operation first lets that much simulated time pass (a `wait`), so the log replays.
   */
  readonly liveMs: number;
  /** Runs one typed line at the active tab's prompt; ignored while a command runs there. */
  readonly runLine: (line: string) => void;
  /** Real time passes while a command runs: its output shows up to `liveMs + ms`. */
  readonly tick: (ms: number) => void;
  /** Ctrl+C: interrupts the active tab's running command, or abandons the typed text `typed`. */
  readonly interrupt: (typed: string) => void;
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
  /** The send dialog's request: runs in the sender's tab (made active) or through the traffic engine. */
  readonly send: (request: SendRequest) => void;
}

/** The store fields that mirror a model with `active` as the active tab (`liveMs` of running output shown). */
export function mirror(model: TerminalModel, active: number, liveMs = 0): Partial<Playground> {
  const tab = findTab(model, active) ?? (model.tabs[0] as TerminalTab);
  return {
    model,
    world: model.world,
    traces: model.traces,
    sessions: model.tabs,
    activeSession: tab.id,
    session: tab.session,
    running: tab.running,
    transcript: shown(tab, model.world.now, liveMs),
    liveMs,
  };
}

/** A tab's screen with its running command's output up to `liveMs` past the model's time. */
function shown(tab: TerminalTab, now: number, liveMs: number): string {
  const r = tab.running;
  if (!r || liveMs === 0) return tab.transcript;
  return tab.transcript + r.process.outputUntil(now - r.startedAt + liveMs).slice(r.printed.length);
}

export const createTerminalSlice: StateCreator<Playground, [], [], TerminalSlice> = (set, get) => {
  /**
   * Applies operations to the model (first a `wait` for the live time that passed), records the step for
   * undo, moves the stepper to the first new trace, and activates `active` (default: the active tab).
   */
  const operate = (ops: readonly Operation[], active?: (m: TerminalModel) => number) => {
    const s = get();
    const live: Operation[] = s.liveMs > 0 && s.model.tabs.some((t) => t.running) ? [{ op: 'wait', ms: s.liveMs }] : [];
    const model = [...live, ...ops].reduce(applyOperation, s.model);
    if (model === s.model) return;
    const fresh = model.traces.length > s.traces.length;
    s.remember();
    set({
      ...mirror(model, active ? active(s.model) : s.activeSession),
      ...(fresh ? { cursor: { trace: s.traces.length, packet: 0, hop: 0 } } : {}),
    });
  };
  return {
    model: { world: undefined as never, tabs: [], nextTab: 1, traces: [], log: [] },
    session: { stack: [{ kind: 'laptop' }], history: [], lastExitCode: 0, pending: '' },
    transcript: '',
    running: null,
    sessions: [],
    activeSession: 0,
    liveMs: 0,
    runLine: (line) => {
      if (get().running) return;
      const locale = get().locale;
      operate([{ op: 'type', tab: get().activeSession, line, ...(locale !== 'en' ? { locale } : {}) }]);
    },
    tick: (ms) => {
      const s = get();
      if (!s.model.tabs.some((t) => t.running)) return;
      set(mirror(s.model, s.activeSession, s.liveMs + ms));
    },
    interrupt: (typed) => operate([{ op: 'interrupt', tab: get().activeSession, typed }]),
    clearScreen: () => operate([{ op: 'clear', tab: get().activeSession }]),
    listCandidates: (typed, listing) => {
      if (get().running) return;
      operate([{ op: 'list', tab: get().activeSession, typed, listing }]);
    },
    openSession: () => operate([{ op: 'open' }], (m) => m.nextTab),
    switchSession: (id) => {
      const s = get();
      if (id === s.activeSession || !findTab(s.model, id)) return;
      set(mirror(s.model, id, s.liveMs));
    },
    closeSession: (id) => {
      const s = get();
      const at = s.model.tabs.findIndex((t) => t.id === id);
      if (at < 0 || s.model.tabs.length === 1) return;
      const rest = s.model.tabs.filter((t) => t.id !== id);
      const next = id === s.activeSession ? (rest[Math.min(at, rest.length - 1)] as TerminalTab).id : s.activeSession;
      operate([{ op: 'close', tab: id }], () => next);
    },
    send: (request) => {
      operate([{ op: 'send', request }], (m) => sendTab(m, request) ?? get().activeSession);
    },
  };
};
