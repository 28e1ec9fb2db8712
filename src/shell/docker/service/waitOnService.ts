import { applyChange } from '../../../sim/apply';
import type { Change } from '../../../sim/changes';
import type { World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { progressScreen } from './progress';

/** Tasks start within about a second; docker/cli then watches them for 5 s before it says "converged". */
export const CONVERGE_MS = 6_000;

/**
 * docker/cli WaitOnService on a terminal, after the changes were applied: the final progress screen.
 * Converged: the screen, with simulated time moved on by the wait. Not converged: real docker keeps
 * watching until Ctrl+C, so the outcome is a running process showing the stuck screen; Ctrl+C prints
 * docker's "Operation continuing in background." and exits 0.
 */
export function waitOnService(
  world: World,
  changes: readonly Change[],
  head: string,
  services: readonly { id: string; label: string }[],
  quiet: boolean,
): CommandOutcome {
  // A rolling update goes on while the CLI watches: time passes until every batch has gone.
  const ticks: Change[] = [];
  for (let i = 0; i < 3600 && services.some((s) => world.services[s.id]?.rollout); i++) {
    const tick: Change = { type: 'clock/advance', ms: 1_000 };
    const r = applyChange(world, tick);
    if (!r.ok) break;
    world = r.world;
    ticks.push(tick);
  }
  changes = [...changes, ...ticks];
  let text = head;
  let stuck: string | null = null;
  for (const s of services) {
    const screen = progressScreen(world, s.id, s.label);
    if (!quiet) text += screen.lines.map((l) => l + '\n').join('');
    if (!screen.converged) {
      stuck = s.label;
      break;
    }
  }
  if (stuck === null) {
    const tick: Change = { type: 'clock/advance', ms: CONVERGE_MS };
    const r = applyChange(world, tick);
    const after = r.ok ? r.world : world;
    return { stdout: text, stderr: '', exitCode: 0, world: after, changes: r.ok ? [...changes, tick] : changes };
  }
  const label = stuck;
  return {
    stdout: '',
    stderr: '',
    exitCode: 0,
    world,
    changes,
    running: {
      outputUntil: () => text,
      interrupt: () => ({
        text: quiet ? '^C' : `^COperation continuing in background.\nUse \`docker service ps ${label}\` to check progress.\n`,
        exitCode: 0,
      }),
    },
  };
}
