/**
 * Template data as Go sees decoded JSON: plain objects and Maps are Go maps (printed and ranged in
 * sorted key order), arrays are slices, null is nil, and undefined is a missing value (`<no value>`).
 */
export type GoValue =
  | undefined
  | null
  | boolean
  | number
  | bigint
  | string
  | readonly GoValue[]
  | ReadonlyMap<string, GoValue>
  | { readonly [key: string]: GoValue };

/** True for values the template engine treats as Go maps. */
export function isGoMap(value: GoValue): value is ReadonlyMap<string, GoValue> | { readonly [key: string]: GoValue } {
  return value instanceof Map || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

/** A map's entries in Go's sorted key order. */
export function sortedEntries(value: ReadonlyMap<string, GoValue> | { readonly [key: string]: GoValue }): [string, GoValue][] {
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Looks a key up in a Go map; undefined when absent. */
export function mapGet(value: ReadonlyMap<string, GoValue> | { readonly [key: string]: GoValue }, key: string): GoValue {
  if (value instanceof Map) return value.get(key);
  return Object.hasOwn(value, key) ? (value as Record<string, GoValue>)[key] : undefined;
}

/** Go's fmt `%v` of a value: `map[a:1 b:x]`, `[a b]`, `<nil>`, `true`. */
export function formatGoValue(value: GoValue): string {
  if (value === undefined) return '<no value>';
  if (value === null) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${(value as readonly GoValue[]).map(formatGoValue).join(' ')}]`;
  if (isGoMap(value)) return `map[${sortedEntries(value).map(([k, v]) => `${k}:${formatGoValue(v)}`).join(' ')}]`;
  return String(value);
}

/** Go template truth: false, 0, nil, missing, and empty strings, slices and maps are false. */
export function isTrue(value: GoValue): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return sortedEntries(value as { readonly [key: string]: GoValue }).length > 0;
}

/** The Go type name a decoded JSON value has, for error messages. */
export function goTypeName(value: GoValue): string {
  if (value === undefined || value === null) return '<nil>';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64';
  if (typeof value === 'bigint') return 'int64';
  if (Array.isArray(value)) return '[]interface {}';
  return 'map[string]interface {}';
}
