import type { Operation } from './operation';
import { findTab, type TerminalModel } from './terminalModel';

/**
 * What one line of a script does in a tab, given where the model is (a `#` line inside a continued
 * command is typed, not skipped):
 * - `# ...` is a comment, not typed (null);
 * - `@wait 7.5s` / `@wait 250ms` lets simulated time pass (running commands keep printing);
 * - `^C` presses Ctrl+C;
 * - `@tab N` moves typing to tab N (see `tabSwitch`; the replay opens it and keeps each tab's screen);
 * - anything else is typed at the prompt (a trailing `\` continues on the next line, as in bash).
 */
export function scriptLine(m: TerminalModel, tab: number, raw: string): Operation | null {
  const line = raw.replace(/\r$/, '');
  const pending = findTab(m, tab)?.session.pending ?? '';
  if (pending === '' && /^\s*#/.test(line)) return null;
  const wait = /^@wait\s+(\d+(?:\.\d+)?)(ms|s)?\s*$/.exec(line);
  if (wait) return { op: 'wait', ms: Number(wait[1]) * (wait[2] === 'ms' ? 1 : 1000) };
  if (line.trim() === '^C') return { op: 'interrupt', tab, typed: '' };
  return { op: 'type', tab, line };
}

/** A script line that moves typing to another terminal tab: `@tab 1` (opened when it does not exist yet). */
export function tabSwitch(line: string): number | null {
  const m = /^@tab\s+(\d{1,3})\s*$/.exec(line.replace(/\r$/, ''));
  return m ? Number(m[1]) : null;
}
