import { textWidth, type WidthMeasure } from './textWidth';

/** Settings of a tabwriter; docker/cli uses padding 3 and pads with spaces. */
export interface TabwriterOptions {
  /** Minimal column width, padding included: 10 since Docker 17.11 / 18.x, 20 in Docker 17.10. */
  minWidth: number;
  padding?: number;
  measure?: WidthMeasure;
}

interface Cell {
  text: string;
  width: number;
}

/** Docker 29's table settings: `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` in docker/cli's fork (cell widths). */
export const DOCKER_TABLE: TabwriterOptions = { minWidth: 10, padding: 3, measure: 'cells' };
/** Docker 17.10's table settings: Go's stdlib tabwriter with minwidth 20 (rune widths). */
export const DOCKER_17_TABLE: TabwriterOptions = { minWidth: 20, padding: 3, measure: 'runes' };

/**
 * Aligns tab-terminated cells like Go's text/tabwriter with padchar ' ' and no flags.
 * '\t' and '\v' end a cell, '\n' and '\f' end a line. A line's last cell (text after its
 * last tab) is never padded; every tab-terminated cell is, even when empty, so empty
 * trailing columns leave trailing spaces exactly as Docker prints them.
 * Example: tabwrite('a\tb\nccc\td\n', { minWidth: 0, padding: 1 }) === 'a   b\nccc d\n'
 */
export function tabwrite(text: string, options: TabwriterOptions): string {
  const padding = options.padding ?? 3;
  const measure = options.measure ?? 'cells';
  const lines: Cell[][] = [[]];
  let current = '';
  for (const char of text) {
    if (char === '\t' || char === '\v' || char === '\n' || char === '\f') {
      lines[lines.length - 1]!.push({ text: current, width: textWidth(current, measure) });
      current = '';
      if (char === '\n' || char === '\f') lines.push([]);
    } else {
      current += char;
    }
  }
  // Like Go, the unterminated tail forms the last line's only cell (written unpadded).
  lines[lines.length - 1]!.push({ text: current, width: textWidth(current, measure) });
  const out: string[] = [];
  formatBlock(lines, 0, lines.length, [], options.minWidth, padding, out);
  return out.join('');
}

function writeLines(lines: Cell[][], from: number, to: number, widths: number[], out: string[]): void {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    line.forEach((cell, j) => {
      out.push(cell.text);
      const width = widths[j];
      if (width !== undefined) out.push(' '.repeat(width - cell.width));
    });
    if (i + 1 < lines.length) out.push('\n');
  }
}

// Go's format(): a column is a run of consecutive lines that have a tab-terminated cell at that index.
function formatBlock(
  lines: Cell[][], from: number, to: number, widths: number[], minWidth: number, padding: number, out: string[],
): void {
  const column = widths.length;
  let start = from;
  for (let row = from; row < to; row++) {
    if (column >= lines[row]!.length - 1) continue;
    writeLines(lines, start, row, widths, out);
    start = row;
    let width = minWidth;
    for (; row < to; row++) {
      const line = lines[row]!;
      if (column >= line.length - 1) break;
      width = Math.max(width, line[column]!.width + padding);
    }
    formatBlock(lines, start, row, [...widths, width], minWidth, padding, out);
    start = row;
  }
  writeLines(lines, start, to, widths, out);
}

/** Renders rows of cells as Docker prints a table: every row ends with '\n', cells joined by tabs. */
export function formatTable(rows: readonly (readonly string[])[], options: TabwriterOptions): string {
  return tabwrite(rows.map((row) => row.join('\t') + '\n').join(''), options);
}
