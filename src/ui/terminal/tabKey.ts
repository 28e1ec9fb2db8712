import type { Completion } from '../../shell/complete/complete';
import { columns } from '../../shell/complete/columns';
import type { LineState } from './lineEditor';

/**
 * Tab as bash does it: put in what the candidates share; when that adds nothing and Tab was just
 * pressed (`again`), list the candidates in columns for `cols` characters.
 */
export function tabKey(line: LineState, c: Completion, again: boolean, cols: number): { line: LineState; listing: string | null } {
  const head = line.buffer.slice(0, line.cursor);
  if (c.replacement !== head) {
    const buffer = c.replacement + line.buffer.slice(line.cursor);
    return { line: { ...line, buffer, cursor: c.replacement.length }, listing: null };
  }
  return { line, listing: again && c.candidates.length > 1 ? columns(c.candidates, cols) : null };
}
