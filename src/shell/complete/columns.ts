/**
 * Candidates laid out as readline lists them on a second Tab: cells two wider than the longest,
 * `floor(width / cell)` per row at most, rows filled top to bottom; each row ends with `\n`.
 */
export function columns(items: readonly string[], width: number): string {
  if (items.length === 0) return '';
  const cell = Math.max(...items.map((i) => i.length)) + 2;
  const count = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(items.length / count);
  const out: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: string[] = [];
    for (let c = 0; c * rows + r < items.length; c += 1) row.push(items[c * rows + r] as string);
    out.push(row.map((item, i) => (i === row.length - 1 ? item : item.padEnd(cell))).join(''));
  }
  return `${out.join('\n')}\n`;
}
