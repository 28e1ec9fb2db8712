import { prompt } from '../shell/session';
import { profiles } from '../sim/profile';
import type { Playground } from './playground';

/** Narrow selectors, defined once so components subscribe to exactly what they show. */
export const selectWorld = (s: Playground) => s.world;
export const selectScenarioName = (s: Playground) => s.scenarioName;
export const selectLocale = (s: Playground) => s.locale;
export const selectLens = (s: Playground) => s.lens;
/** The text size in effect: presentation mode never goes below its large type. */
export const selectTextPx = (s: Playground) => (s.present ? Math.max(s.textPx, 18) : s.textPx);
export const selectPresent = (s: Playground) => s.present;
export const selectFollow = (s: Playground) => s.follow;
export const selectSelected = (s: Playground) => s.selected;
export const selectTranscript = (s: Playground) => s.transcript;
export const selectIsRunning = (s: Playground) => s.running !== null;
export const selectHistory = (s: Playground) => s.session.history;
export const selectTraces = (s: Playground) => s.traces;
export const selectCursor = (s: Playground) => s.cursor;
/** The prompt to draw, or '' while a command runs. */
export const selectPrompt = (s: Playground) => (s.running ? '' : prompt(s.world, s.session));
export const selectEngineVersion = (s: Playground) => profiles[s.world.profile].engineVersion;
/** Actions never change identity; pick them with useShallow. */
export const selectActions = (s: Playground) => ({
  loadScenario: s.loadScenario,
  reset: s.reset,
  runLine: s.runLine,
  tick: s.tick,
  interrupt: s.interrupt,
  clearScreen: s.clearScreen,
  select: s.select,
  stepTo: s.stepTo,
  setLocale: s.setLocale,
  setLens: s.setLens,
});
