import type { StateCreator } from 'zustand';
import { builtinScenarios } from '../scenario/builtins';
import type { Scenario } from '../scenario/format';
import { initialWorld, loadScenario as load } from '../scenario/load';
import type { World } from '../sim/world';
import type { Playground } from './playground';
import { firstTab } from './terminalSlice';

/** Canvas positions by element id (flow units), kept as the scenario's `layout`. */
export type Layout = NonNullable<Scenario['layout']>;

export interface WorldSlice {
  readonly scenarioName: string;
  readonly world: World;
  /** Where the user dropped map elements; loaded from and saved into the scenario. */
  readonly layout: Layout;
  /** Keeps an element where it was dropped (rounded to whole flow units). */
  readonly moveNode: (id: string, position: { readonly x: number; readonly y: number }) => void;
  /** Loads a built-in scenario by name, resetting terminal, selection and traces. False if there is none. */
  readonly loadScenario: (name: string) => boolean;
  /** Loads the current scenario again. */
  readonly reset: () => void;
}

export const DEFAULT_SCENARIO = 'three-node';

/** The state a freshly loaded built-in scenario gives every slice. */
export function loadedState(name: string): Partial<Playground> | null {
  const scenario = builtinScenarios[name];
  return scenario ? scenarioState(name, scenario) : null;
}

/** The state a scenario gives every slice: its world after its commands, and its kept layout. */
export function scenarioState(name: string, scenario: Scenario): Partial<Playground> {
  const { world, session } = load(scenario);
  return { scenarioName: name, world, session, ...firstTab(session), layout: scenario.layout ?? {}, transcript: '', running: null, commands: [], traces: [], cursor: null, selected: null };
}

/** The world slice alone starts empty-handed; createPlaygroundStore loads a scenario into every slice at once. */
export const createWorldSlice: StateCreator<Playground, [], [], WorldSlice> = (set, get) => ({
  scenarioName: DEFAULT_SCENARIO,
  world: initialWorld(builtinScenarios[DEFAULT_SCENARIO] as Scenario),
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
    set(next);
    return true;
  },
  reset: () => {
    get().loadScenario(get().scenarioName);
  },
});

export const selectLayout = (s: Playground) => s.layout;
export const selectMoveNode = (s: Playground) => s.moveNode;
