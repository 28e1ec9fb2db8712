import type { FlagValue } from '../cli/commandSpec';

/** `--filter` values by name; the flag parser (type 'filter') has already refused malformed ones. */
export type Filters = ReadonlyMap<string, readonly string[]>;

/** The `-f, --filter` flag's values grouped by name, in the order given. */
export function filtersOf(value: FlagValue | undefined): Filters {
  const out = new Map<string, string[]>();
  for (const f of Array.isArray(value) ? (value as readonly string[]) : []) {
    const eq = f.indexOf('=');
    const name = f.slice(0, eq);
    out.set(name, [...(out.get(name) ?? []), f.slice(eq + 1)]);
  }
  return out;
}
