/**
 * Bounds that keep a typed line from exhausting the page: nesting of `$(...)` and backticks (bash has
 * no fixed limit and eventually crashes; the playground stops with a clean error), and the kernel's
 * limits on the arguments of a program (Linux: MAX_ARG_STRLEN = 32 pages for one argument,
 * ARG_MAX = 2 MiB for all of them together), which shells report as E2BIG.
 */
export const MAX_NESTING = 200;
export const MAX_ARG_STRLEN = 131072;
export const ARG_MAX = 2097152;

/** Whether argv is too long to hand to a program (`execve` fails with E2BIG). */
export function argumentsTooLong(argv: readonly string[]): boolean {
  let total = 0;
  for (const a of argv) {
    if (a.length + 1 > MAX_ARG_STRLEN) return true;
    total += a.length + 1 + 8;
  }
  return total > ARG_MAX;
}
