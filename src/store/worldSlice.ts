import type { StateCreator } from 'zustand';
import { builtinScenarios } from '../scenario/builtins';
import type { Scenario } from '../scenario/format';
import { loadScenario as load } from '../scenario/load';
import type { World } from '../sim/world';
import { applyOperations } from '../terminal/applyOperation';
import { startModel } from '../terminal/terminalModel';
import type { LessonProgress } from './lessonSlice';
import type { Playground } from './playground';
import { mirror } from './terminalSlice';

/** Canvas positions by element id (flow units), kept as the scenario's `layout`. */
export type Layout = NonNullable<Scenario['layout']>;

export interface WorldSlice {
  /** The scenario the session started from: a built-in's name, or an imported scenario's. */
  readonly scenarioName: string;
  /** That scenario without the session's own log and view: what Reset goes back to. */
  readonly scenario: Scenario;
  readonly world: World;
  /** Where the user dropped map elements; loaded from and saved into the scenario. */
  readonly layout: Layout;
  /** Keeps an element where it was dropped (rounded to whole flow units). */
  readonly moveNode: (id: string, position: { readonly x: number; readonly y: number }) => void;
  /** Loads a built-in scenario by name, resetting terminal, selection and traces. False if there is none. */
  readonly loadScenario: (name: string) => boolean;
  /** Opens a whole saved session (an import, a share link, an autosave): its scenario, log, layout and view. */
  readonly openScenario: (scenario: Scenario) => void;
  /** Loads the current scenario again, without the session's log. */
  readonly reset: () => void;
}

export const DEFAULT_SCENARIO = 'three-node';

/** A built-in scenario by name; never an inherited property of a plain object. */
export function builtinScenario(name: string): Scenario | null {
  return Object.hasOwn(builtinScenarios, name) ? (builtinScenarios[name] ?? null) : null;
}

/** The state a freshly loaded built-in scenario gives every slice. */
export function loadedState(name: string): Partial<Playground> | null {
  const scenario = builtinScenario(name);
  return scenario ? scenarioState(scenario) : null;
}

/** A scenario without a session's log and view. */
function baseOf(s: Scenario): Scenario {
  const { log: _log, view: _view, ...base } = s;
  return base;
}

/**
 * The state a scenario gives every slice: its world after its setup commands, then its log replayed
 * (the same ids, addresses and bytes as when it was made), its layout and where it was looking.
 */
export function scenarioState(scenario: Scenario): Partial<Playground> {
  const { world, session } = load(scenario);
  const model = applyOperations(startModel(world, session), scenario.log ?? []);
  const view = scenario.view ?? {};
  const c = view.cursor;
  const cursor = c && model.traces[c.trace] ? c : null;
  return {
    scenarioName: scenario.name,
    scenario: baseOf(scenario),
    layout: scenario.layout ?? {},
    ...mirror(model, view.tab ?? model.tabs[0]?.id ?? 0),
    cursor,
    selected: null,
    ...(view.lens ? { lens: view.lens } : {}),
    ...(view.view ? { view: view.view } : {}),
    lesson: lessonProgress(view.lesson),
  };
}

/** Lesson progress saved with a session, if it has the shape the lesson panel keeps (else none). */
function lessonProgress(v: Readonly<Record<string, unknown>> | undefined): LessonProgress | null {
  if (!v || typeof v.lessonId !== 'string' || !Number.isInteger(v.stepIndex) || (v.stepIndex as number) < 0) return null;
  const done = Array.isArray(v.done) ? v.done.filter((x): x is string => typeof x === 'string') : [];
  const answers = Object.fromEntries(Object.entries(typeof v.answers === 'object' && v.answers !== null ? v.answers : {}).filter(([, a]) => typeof a === 'string')) as Record<string, string>;
  return { lessonId: v.lessonId, stepIndex: v.stepIndex as number, done, answers };
}

/** The world slice alone starts empty-handed; createPlaygroundStore loads a scenario into every slice at once. */
export const createWorldSlice: StateCreator<Playground, [], [], WorldSlice> = (set, get) => ({
  scenarioName: DEFAULT_SCENARIO,
  scenario: builtinScenarios[DEFAULT_SCENARIO] as Scenario,
  world: undefined as never,
  layout: {},
  moveNode: (id, { x, y }) => {
    const at = { x: Math.round(x), y: Math.round(y) };
    const old = get().layout[id];
    if (old?.x === at.x && old.y === at.y) return;
    set({ layout: { ...get().layout, [id]: at } });
  },
  loadScenario: (name) => {
    const next = loadedState(name);
    if (!next) return false;
    get().remember();
    set(next);
    return true;
  },
  openScenario: (scenario) => {
    get().remember();
    set(scenarioState(scenario));
  },
  reset: () => {
    get().remember();
    set(scenarioState(get().scenario));
  },
});

export const selectLayout = (s: Playground) => s.layout;
export const selectMoveNode = (s: Playground) => s.moveNode;
