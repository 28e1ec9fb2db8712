import type { Network } from '../../../sim/world';
import type { Filters } from '../filters';
import { own } from '../../../sim/own';

const NETWORK_KEYS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];

/** A Go-regexp-like partial match, as the daemon's filters.Match does (plain substring if not a valid pattern). */
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return value.includes(pattern);
  }
}

/** The daemon's network list filters; returns the error message (without the daemon prefix) for a bad key or value. */
export function filterNetworks(networks: readonly Network[], filters: Filters): Network[] | string {
  for (const [key, values] of filters) {
    if (!NETWORK_KEYS.includes(key)) return `invalid filter '${key}'`;
    if (key === 'type') for (const v of values) if (v !== 'custom' && v !== 'builtin') return `invalid filter: 'type'='${v}'`;
  }
  const any = (key: string, test: (v: string) => boolean): boolean => {
    const values = filters.get(key);
    return !values || values.some(test);
  };
  return networks.filter(
    (n) =>
      any('driver', (v) => v === n.driver) &&
      any('name', (v) => matches(v, n.name)) &&
      any('id', (v) => matches(v, n.id)) &&
      any('scope', (v) => v === n.scope) &&
      any('type', (v) => (v === 'builtin') === n.predefined) &&
      any('label', (v) => {
        const eq = v.indexOf('=');
        return eq < 0 ? Object.hasOwn(n.labels, v) : own(n.labels, v.slice(0, eq)) === v.slice(eq + 1);
      }),
  );
}
