/** The line being typed at a prompt. `cursor` counts characters from the start of `buffer`. */
export interface LineState {
  readonly buffer: string;
  readonly cursor: number;
  /** Position while walking the history with Up/Down (history.length: not walking). */
  readonly index: number;
  /** What was typed before walking the history, restored by walking past the newest entry. */
  readonly draft: string;
}

export type Effect =
  | { readonly kind: 'submit'; readonly line: string }
  | { readonly kind: 'interrupt'; readonly typed: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'complete' };

export const emptyLine = (history: readonly string[]): LineState => ({ buffer: '', cursor: 0, index: history.length, draft: '' });

/** The line replaced by `text`, cursor at its end (a clicked command, as if typed). */
export const typeLine = (s: LineState, text: string): LineState => ({ ...s, buffer: text, cursor: text.length });

const KEYS: Readonly<Record<string, string>> = {
  '\x1b[A': 'up', '\x1bOA': 'up', '\x1b[B': 'down', '\x1bOB': 'down',
  '\x1b[C': 'right', '\x1bOC': 'right', '\x1b[D': 'left', '\x1bOD': 'left',
  '\x1b[H': 'home', '\x1bOH': 'home', '\x01': 'home', '\x1b[F': 'end', '\x1bOF': 'end', '\x05': 'end',
  '\x1b[3~': 'delete', '\x7f': 'backspace', '\b': 'backspace', '\x15': 'kill', '\x03': 'interrupt', '\x0c': 'clear',
};

function key(s: LineState, name: string, history: readonly string[]): LineState {
  const { buffer, cursor } = s;
  switch (name) {
    case 'left': return { ...s, cursor: Math.max(0, cursor - 1) };
    case 'right': return { ...s, cursor: Math.min(buffer.length, cursor + 1) };
    case 'home': return { ...s, cursor: 0 };
    case 'end': return { ...s, cursor: buffer.length };
    case 'backspace': return cursor === 0 ? s : { ...s, buffer: buffer.slice(0, cursor - 1) + buffer.slice(cursor), cursor: cursor - 1 };
    case 'delete': return { ...s, buffer: buffer.slice(0, cursor) + buffer.slice(cursor + 1) };
    case 'kill': return { ...s, buffer: buffer.slice(cursor), cursor: 0 };
    case 'up':
    case 'down': {
      const index = Math.max(0, Math.min(history.length, s.index + (name === 'up' ? -1 : 1)));
      if (index === s.index) return s;
      const draft = s.index === history.length ? buffer : s.draft;
      const line = index === history.length ? draft : (history[index] as string);
      return { buffer: line, cursor: line.length, index, draft };
    }
    default: return s;
  }
}

/** Index just past an escape sequence we do not handle (`i` is just past its ESC): CSI `[...X`, SS3 `OX`. */
function skipEscape(data: string, i: number): number {
  if (data[i] === 'O') return Math.min(data.length, i + 2);
  if (data[i] !== '[') return i;
  let j = i + 1;
  while (j < data.length && /[0-9;]/.test(data[j] as string)) j += 1;
  return Math.min(data.length, j + 1);
}

/**
 * Applies what xterm reports as typed (one key, an escape sequence, or pasted text) to the line.
 * Enter submits (pasted text may submit several lines), Ctrl+C interrupts, Ctrl+L clears the screen,
 * Tab pressed alone asks for completion (a tab inside pasted text is a blank).
 */
export function feed(start: LineState, data: string, history: readonly string[]): { state: LineState; effects: Effect[] } {
  let s = start;
  const effects: Effect[] = [];
  if (data === '\t') return { state: s, effects: [{ kind: 'complete' }] };
  let i = 0;
  while (i < data.length) {
    const seq = Object.keys(KEYS).find((k) => data.startsWith(k, i));
    if (seq) {
      const name = KEYS[seq] as string;
      if (name === 'interrupt') {
        effects.push({ kind: 'interrupt', typed: s.buffer });
        s = emptyLine(history);
      } else if (name === 'clear') effects.push({ kind: 'clear' });
      else s = key(s, name, history);
      i += seq.length;
      continue;
    }
    const ch = data[i] as string;
    i += 1;
    if (ch === '\r' || ch === '\n') {
      if (ch === '\n' && data[i - 2] === '\r') continue;
      effects.push({ kind: 'submit', line: s.buffer });
      s = emptyLine(history);
    } else if (ch === '\x1b') {
      i = skipEscape(data, i);
    } else if (ch >= ' ' || ch === '\t') {
      const text = ch === '\t' ? ' ' : ch;
      s = { ...s, buffer: s.buffer.slice(0, s.cursor) + text + s.buffer.slice(s.cursor), cursor: s.cursor + 1 };
    }
  }
  return { state: s, effects };
}
