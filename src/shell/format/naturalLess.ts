/** docker/cli's sortorder.NaturalLess: digit runs compare as numbers ("net2" < "net10"), the rest bytewise. */
export function naturalLess(a: string, b: string): boolean {
  const chunks = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const digits = /^\d/.test(p) && /^\d/.test(q);
    if (digits && Number(p) !== Number(q)) return Number(p) < Number(q);
    if (digits) return p.length < q.length;
    return p < q;
  }
  return x.length < y.length;
}

/** A comparator for Array.prototype.sort built on {@link naturalLess}. */
export const naturalCompare = (a: string, b: string): number => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0);
