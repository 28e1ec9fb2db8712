import { managerCheck } from '../../sim/swarm/managerCheck';
import type { World } from '../../sim/world';
import { fail, type CommandOutcome } from '../types';
import { daemonError } from './errorText';

/**
 * Cluster reads and writes go to a manager: null when `machine` is one, else the daemon's refusal
 * (not in a swarm, or a worker), exit 1. The rule itself is the simulation's `managerCheck`.
 */
export function managerOnly(world: World, machine: string): CommandOutcome | null {
  const denied = managerCheck(world, machine);
  return denied ? fail(daemonError(denied, world.profile)) : null;
}
