import type { Session } from '../shell/session';
import { newSession } from '../shell/session';
import type { Process } from '../shell/types';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import type { Operation } from './operation';

/** Simulated time between two typed lines (a person typing): every typed line and send moves the clock by it. */
export const THINK_TIME_MS = 2_000;

/** A command still running in a tab (ping without -c, tcpdump): it prints until Ctrl+C. */
export interface RunningProcess {
  readonly process: Process;
  /** World time (ms) when it started; its output runs to `world.now - startedAt`. */
  readonly startedAt: number;
  /** What of its output the transcript already holds. */
  readonly printed: string;
  /** Where the traces it returned when it started sit in the model's traces (its interrupt may replace them). */
  readonly traces: { readonly from: number; readonly count: number };
}

/** One terminal tab: its own shell session and screen over the one shared world. */
export interface TerminalTab {
  readonly id: number;
  readonly session: Session;
  /** Everything the tab shows above its prompt since the last clear; `\n` line ends. */
  readonly transcript: string;
  readonly running: RunningProcess | null;
}

/**
 * The whole terminal side of a playground, below any UI: the world, every tab, every packet traced, and
 * the operations that led here. Pure data; change it only with applyOperation.
 */
export interface TerminalModel {
  readonly world: World;
  /** Tabs in strip order. Never empty. */
  readonly tabs: readonly TerminalTab[];
  /** The id the next opened tab gets. */
  readonly nextTab: number;
  /** Every trace, oldest first (the stepper's list and the pcapng export). */
  readonly traces: readonly Trace[];
  /** The operations applied since the start, in order. */
  readonly log: readonly Operation[];
}

/** A model at a scenario's start: one laptop tab (or `session`), nothing logged. */
export function startModel(world: World, session: Session = newSession()): TerminalModel {
  return { world, tabs: [{ id: 0, session, transcript: '', running: null }], nextTab: 1, traces: [], log: [] };
}

export function findTab(m: TerminalModel, id: number): TerminalTab | undefined {
  return m.tabs.find((t) => t.id === id);
}

/** The model with one tab replaced (matched by id). */
export function withTab(m: TerminalModel, tab: TerminalTab): TerminalModel {
  return { ...m, tabs: m.tabs.map((t) => (t.id === tab.id ? tab : t)) };
}
