/**
 * Names in columns, filled top to bottom, as `ls` prints them on an 80-column terminal. GNU ls sizes
 * each column to its widest name plus two spaces and takes the most columns whose line stays under
 * 80; BusyBox ls gives every column the widest name's width plus two.
 */
export function columns(names: readonly string[], busybox: boolean, width = 80): string {
  if (names.length === 0) return '';
  const longest = Math.max(...names.map((n) => n.length));
  for (let rows = 1; rows <= names.length; rows++) {
    const cols = Math.ceil(names.length / rows);
    if (busybox && rows === 1 && cols * (longest + 2) > width) continue;
    const widths = Array.from({ length: cols }, (_, c) => Math.max(...names.slice(c * rows, c * rows + rows).map((n) => n.length)));
    const line = busybox ? cols * (longest + 2) - 2 : widths.reduce((a, w) => a + w + 2, 0) - 2;
    if ((busybox ? Math.floor(width / (longest + 2)) < cols : line >= width) && rows < names.length) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < cols; c++) {
        const name = names[c * rows + r];
        if (name !== undefined) row.push(name.padEnd(busybox ? longest : (widths[c] ?? 0)));
      }
      out += `${row.join('  ').trimEnd()}\n`;
    }
    return out;
  }
  return names.map((n) => `${n}\n`).join('');
}
