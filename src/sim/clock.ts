/**
 * The simulated clock's range, in ms since the Unix epoch: 1970-01-01 to 9999-12-31T23:59:59Z, the last
 * second Go's RFC 3339 formatting (and so every `Created`/`StartedAt` docker prints) can show. Far inside
 * what a JavaScript Date holds, so formatting a time never throws.
 */
export const MIN_CLOCK_MS = 0;
export const MAX_CLOCK_MS = 253_402_300_799_000;

/** Whether `ms` is a time the world's clock may show. */
export function clockInRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_CLOCK_MS && ms <= MAX_CLOCK_MS;
}

/** The clock after `ms` more milliseconds, held at the end of the range (negative or NaN moves nothing). */
export function advanceClock(now: number, ms: number): number {
  const step = Number.isFinite(ms) && ms > 0 ? ms : ms === Infinity ? Infinity : 0;
  return Math.min(MAX_CLOCK_MS, now + step);
}
