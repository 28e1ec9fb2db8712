/** Scenarios kept for benchmarks: loadable by link (`?scenario=big-50`), not offered in the picker. */
const BENCHMARK_ONLY: ReadonlySet<string> = new Set(['big-50']);

/**
 * The picker's scenarios: every built-in except the benchmark-only ones, unless one is the current scenario;
 * an imported or linked scenario that is not a built-in comes first, under its own name.
 */
export function scenarioChoices(names: readonly string[], current: string): string[] {
  const builtins = names.filter((n) => !BENCHMARK_ONLY.has(n) || n === current);
  return names.includes(current) ? builtins : [current, ...builtins];
}
