import type { StateCreator } from 'zustand';
import { builtinScenarios } from '../scenario/builtins';
import type { Scenario } from '../scenario/format';
import { initialWorld, loadScenario as load } from '../scenario/load';
import type { World } from '../sim/world';
import type { Playground } from './playground';
import { firstTab } from './terminalSlice';

export interface WorldSlice {
  readonly scenarioName: string;
  readonly world: World;
  /** Loads a built-in scenario by name, resetting terminal, selection and traces. False if there is none. */
  readonly loadScenario: (name: string) => boolean;
  /** Loads the current scenario again. */
  readonly reset: () => void;
}

export const DEFAULT_SCENARIO = 'three-node';

/** The state a freshly loaded scenario gives every slice. */
export function loadedState(name: string): Partial<Playground> | null {
  const scenario = builtinScenarios[name];
  if (!scenario) return null;
  const { world, session } = load(scenario);
  return { scenarioName: name, world, session, ...firstTab(session), transcript: '', running: null, commands: [], traces: [], cursor: null, selected: null };
}

/** The world slice alone starts empty-handed; createPlaygroundStore loads a scenario into every slice at once. */
export const createWorldSlice: StateCreator<Playground, [], [], WorldSlice> = (set, get) => ({
  scenarioName: DEFAULT_SCENARIO,
  world: initialWorld(builtinScenarios[DEFAULT_SCENARIO] as Scenario),
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
