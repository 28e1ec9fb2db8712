/**
 * A record's own entry for a key that may be user text: never what Object.prototype inherits
 * (`constructor`, `toString`, `__proto__`, ...).
 *
 * @example own({ a: 1 }, 'constructor') // undefined
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record built from entries whose keys may be user text; `__proto__` stays an ordinary key. */
export function ownRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}

/**
 * A fixed table looked up by user text: no prototype, so only its own keys are found.
 *
 * @example table({ curl: 1 })['constructor'] // undefined
 */
export function table<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
