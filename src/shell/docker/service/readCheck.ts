import { managerCheck } from '../../../sim/swarm/managerCheck';
import type { World } from '../../../sim/world';
import { fail, type CommandOutcome } from '../../types';
import { daemonError } from '../errorText';

/** Cluster reads go to a manager too: null when `machine` may ask, else docker's refusal (exit 1). */
export function readCheck(world: World, machine: string): CommandOutcome | null {
  const denied = managerCheck(world, machine);
  return denied ? fail(daemonError(denied, world.profile)) : null;
}

/** `name=value` filters as docker/cli's FilterOpt takes them; an error text when one is malformed. */
export function parseFilters(values: readonly string[]): Map<string, string[]> | string {
  const out = new Map<string, string[]>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq < 0) return `bad format of filter (expected name=value)`;
    const key = v.slice(0, eq).trim().toLowerCase();
    out.set(key, [...(out.get(key) ?? []), v.slice(eq + 1).trim()]);
  }
  return out;
}
