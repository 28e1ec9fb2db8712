import { managerCheck } from '../../../sim/swarm/managerCheck';
import type { World } from '../../../sim/world';
import { fail, type CommandOutcome } from '../../types';
import { daemonError } from '../errorText';

/** Cluster reads go to a manager too: null when `machine` may ask, else docker's refusal (exit 1). */
export function readCheck(world: World, machine: string): CommandOutcome | null {
  const denied = managerCheck(world, machine);
  return denied ? fail(daemonError(denied, world.profile)) : null;
}
