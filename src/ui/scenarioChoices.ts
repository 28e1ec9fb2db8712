/** Scenarios kept for benchmarks: loadable by link (`?scenario=big-50`), not offered in the picker. */
const BENCHMARK_ONLY: ReadonlySet<string> = new Set(['big-50']);

/** The picker's scenarios: every built-in except the benchmark-only ones, unless one is the current scenario. */
export function scenarioChoices(names: readonly string[], current: string): string[] {
  return names.filter((n) => !BENCHMARK_ONLY.has(n) || n === current);
}
