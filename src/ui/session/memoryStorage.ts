/** A Storage kept in memory, for tests; `full` makes writes fail as a full quota does, `refuse` as private mode does. */
export function memoryStorage(init: Readonly<Record<string, string>> = {}, fail: 'full' | 'refuse' | null = null): Storage {
  const data = new Map<string, string>(Object.entries(init));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (fail === 'full') throw new DOMException('quota', 'QuotaExceededError');
      if (fail === 'refuse') throw new DOMException('denied', 'SecurityError');
      data.set(k, v);
    },
  };
}
