import type { StateCreator } from 'zustand';
import type { Scenario } from '../scenario/format';
import type { TerminalModel } from '../terminal/terminalModel';
import type { StepCursor } from './traceSlice';
import type { Playground } from './playground';
import { mirror } from './terminalSlice';
import type { Layout } from './worldSlice';

/** How many steps Undo can go back. */
export const UNDO_DEPTH = 200;

/** Everything Undo brings back: the scenario, the terminal model (world, tabs, traces, log), the layout, the stepper. */
export interface Snapshot {
  readonly scenarioName: string;
  readonly scenario: Scenario;
  readonly model: TerminalModel;
  readonly activeSession: number;
  readonly layout: Layout;
  readonly cursor: StepCursor | null;
}

export interface HistorySlice {
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  /** Keeps the current state as one Undo step; call it before every change a person makes. */
  readonly remember: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

const snapshot = (s: Playground): Snapshot => ({
  scenarioName: s.scenarioName,
  scenario: s.scenario,
  model: s.model,
  activeSession: s.activeSession,
  layout: s.layout,
  cursor: s.cursor,
});

const restore = (snap: Snapshot): Partial<Playground> => ({
  scenarioName: snap.scenarioName,
  scenario: snap.scenario,
  layout: snap.layout,
  cursor: snap.cursor,
  selected: null,
  playing: false,
  ...mirror(snap.model, snap.activeSession),
});

export const createHistorySlice: StateCreator<Playground, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  remember: () => {
    const s = get();
    set({ past: [...s.past.slice(-(UNDO_DEPTH - 1)), snapshot(s)], future: [] });
  },
  undo: () => {
    const s = get();
    const prev = s.past[s.past.length - 1];
    if (!prev) return;
    set({ ...restore(prev), past: s.past.slice(0, -1), future: [snapshot(s), ...s.future] });
  },
  redo: () => {
    const s = get();
    const next = s.future[0];
    if (!next) return;
    set({ ...restore(next), past: [...s.past, snapshot(s)], future: s.future.slice(1) });
  },
});

export const selectCanUndo = (s: Playground) => s.past.length > 0;
export const selectCanRedo = (s: Playground) => s.future.length > 0;
