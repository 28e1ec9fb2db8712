import { Draft } from './draft';

/** Every derived table, per world object (a World, or a view built from one). A world's records never change, so an entry never goes stale. */
const tables = new WeakMap<object, Map<string, unknown>>();

/**
 * The one cache of data derived from a world (DNS records, the endpoint index, IPVS tables, ...): `compute`
 * runs once per world object and key, and its result is kept as long as that world is. A Draft is changed in
 * place while a change is applied, so for a Draft nothing is kept: `compute` runs every time.
 *
 * @example
 *   const index = derived(world, 'endpoint-index', () => buildIndex(world));
 */
export function derived<T>(w: object, key: string, compute: () => T): T {
  if (w instanceof Draft) return compute();
  let byKey = tables.get(w);
  if (!byKey) tables.set(w, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  byKey.set(key, value);
  return value;
}

/**
 * A lazily filled map derived from a world, e.g. one IPVS table per network: `derivedMap(w, key)` is the same
 * Map for the same world; for a Draft it is a fresh, empty one each time.
 */
export function derivedMap<K, V>(w: object, key: string): Map<K, V> {
  return derived(w, key, () => new Map<K, V>());
}
