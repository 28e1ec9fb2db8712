import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import type { SimError } from '../../sim/errors';
import type { World } from '../../sim/world';
import type { CommandOutcome } from '../types';
import { daemonError } from './errorText';

/**
 * Applies one change for a command: on success the new world and the change for the outcome, on
 * failure Docker's `Error response from daemon: ...` on stderr, exit 1, world untouched.
 */
export function applyFor(
  world: World,
  change: Change,
): { ok: true; world: World; result: string; outcome: Pick<CommandOutcome, 'world' | 'changes'> } | { ok: false; error: SimError; outcome: CommandOutcome } {
  const r = applyChange(world, change);
  if (r.ok) return { ok: true, world: r.world, result: r.result, outcome: { world: r.world, changes: [change] } };
  return { ok: false, error: r.error, outcome: { stdout: '', stderr: daemonError(r.error, world.profile), exitCode: 1 } };
}

