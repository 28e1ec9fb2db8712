import { MAX_CLOCK_MS as CLOCK_END } from '../../sim/clock';
import { checkInvariants } from '../../sim/invariants';
import type { World } from '../../sim/world';

/** A check run on the world after every fuzzed line: a description of what is wrong, or null. */
export type WorldCheck = (world: World) => string | null;

/** The clock is a time the playground can print (docker ps, inspect and logs format it). */
const clockInRange: WorldCheck = (w) => (Number.isFinite(w.now) && Number.isFinite(new Date(w.now).getTime()) && w.now <= CLOCK_END ? null : `clock out of range: ${w.now}`);

/** The world's invariants (src/sim/invariants.ts), each broken rule with the ids involved. */
const invariants: WorldCheck = (w) => {
  const broken = checkInvariants(w);
  return broken.length === 0 ? null : broken.map((v) => `${v.code}: ${v.ids.join(', ')}`).join('; ');
};

/** The checks the fuzzers run after each line. */
export const afterEachLine: WorldCheck[] = [clockInRange, invariants];
