import type { Change } from '../../../sim/changes';
import type { SimError } from '../../../sim/errors';
import type { World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { applyFor } from '../applyChanges';
import { daemonError } from '../errorText';

/**
 * docker/cli's loop over `CONTAINER [CONTAINER...]`: each one that works prints its reference as given,
 * each failure prints its daemon error; exit 1 if any failed. Later containers see earlier changes.
 */
export function eachContainer(
  world: World,
  refs: readonly string[],
  changeFor: (ref: string) => Change,
  errorFor: (e: SimError, ref: string) => string = (e) => daemonError(e, world.profile),
): CommandOutcome {
  let current = world;
  let stdout = '';
  let stderr = '';
  let transcript = '';
  const changes: Change[] = [];
  for (const ref of refs) {
    const change = changeFor(ref);
    const r = applyFor(current, change);
    if (r.ok) {
      current = r.world;
      changes.push(change);
      stdout += `${ref}\n`;
      transcript += `${ref}\n`;
    } else {
      const text = errorFor(r.error, ref);
      stderr += text;
      transcript += text;
    }
  }
  const exitCode = stderr === '' ? 0 : 1;
  return { stdout, stderr, exitCode, transcript, ...(changes.length > 0 ? { world: current, changes } : {}) };
}
