import type { Scenario } from '../scenario/format';
import type { Playground } from './playground';

/**
 * The session as one scenario file (the format every save uses: autosave, export, share links, embeds):
 * the scenario it started from, the log of what was done since, the layout, and where it was looking.
 */
export function sessionScenario(s: Playground): Scenario {
  return {
    ...s.scenario,
    layout: s.layout,
    log: s.model.log,
    view: {
      ...(s.cursor ? { cursor: s.cursor } : {}),
      lens: s.lens,
      view: s.view,
      tab: s.activeSession,
      ...(s.lesson ? { lesson: { ...s.lesson } } : {}),
    },
  };
}
