import { CLOCK_END } from '../../sim/clockEnd';
import type { World } from '../../sim/world';

/** A check run on the world after every fuzzed line: a description of what is wrong, or null. */
export type WorldCheck = (world: World) => string | null;

/** The clock is a time the playground can print (docker ps, inspect and logs format it). */
const clockInRange: WorldCheck = (w) => (Number.isFinite(w.now) && Number.isFinite(new Date(w.now).getTime()) && w.now <= CLOCK_END ? null : `clock out of range: ${w.now}`);

/**
 * The checks the fuzzers run after each line. The world's invariants (src/sim/invariants.ts,
 * `checkInvariants(world)`) belong in this list once they exist.
 */
export const afterEachLine: WorldCheck[] = [clockInRange];
