/** A word part as scanned; `$(...)` keeps its inner tokens until the parser builds a list. */
export type RawPart =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'var'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'subst'; readonly tokens: readonly Token[]; readonly quoted: boolean };

/** Operators the parser knows; `\n` separates like `;`. */
export type Operator = '&&' | '||' | '|' | ';' | '&' | '\n' | '(' | ')';

/** A scanned token. */
export type Token = { readonly kind: 'word'; readonly parts: readonly RawPart[] } | { readonly kind: 'op'; readonly op: Operator };

/** `incomplete`: an open quote, `$(`, backtick or a trailing backslash; the terminal should ask for more. */
export type TokenizeResult = { readonly kind: 'ok'; readonly tokens: readonly Token[] } | { readonly kind: 'incomplete' };

const INCOMPLETE = Symbol('incomplete');
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

interface Scan {
  readonly tokens: Token[];
  readonly end: number;
}

/** Splits shell source (may hold newlines from continuation lines) into words and operators. */
export function tokenize(source: string): TokenizeResult {
  const scanned = scan(source, 0, false);
  return scanned === INCOMPLETE ? { kind: 'incomplete' } : { kind: 'ok', tokens: scanned.tokens };
}

function scan(src: string, start: number, inSubst: boolean): Scan | typeof INCOMPLETE {
  const tokens: Token[] = [];
  let parts: RawPart[] | null = null;
  const push = (part: RawPart): void => {
    parts ??= [];
    const last = parts[parts.length - 1];
    if (part.kind === 'text' && last?.kind === 'text' && last.quoted === part.quoted) {
      parts[parts.length - 1] = { ...last, text: last.text + part.text };
    } else parts.push(part);
  };
  const endWord = (): void => {
    if (parts) tokens.push({ kind: 'word', parts });
    parts = null;
  };
  let i = start;
  while (i < src.length) {
    const c = src[i] as string;
    const two = src.slice(i, i + 2);
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '#' && parts === null) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (two === '&&' || two === '||') {
      endWord();
      tokens.push({ kind: 'op', op: two });
      i += 2;
    } else if (c === ')' && inSubst) {
      endWord();
      return { tokens, end: i + 1 };
    } else if ('|;&\n()'.includes(c)) {
      endWord();
      tokens.push({ kind: 'op', op: c as Operator });
      i++;
    } else if (c === '\\') {
      if (i + 1 >= src.length) return INCOMPLETE;
      if (src[i + 1] !== '\n') push({ kind: 'text', text: src[i + 1] as string, quoted: true });
      i += 2;
    } else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return INCOMPLETE;
      push({ kind: 'text', text: src.slice(i + 1, close), quoted: true });
      i = close + 1;
    } else if (c === '"') {
      const r = scanDouble(src, i + 1, push);
      if (r === INCOMPLETE) return INCOMPLETE;
      i = r;
    } else if (c === '$' || c === '`') {
      const r = scanDollar(src, i, false, push);
      if (r === INCOMPLETE) return INCOMPLETE;
      i = r;
    } else {
      push({ kind: 'text', text: c, quoted: false });
      i++;
    }
  }
  if (inSubst) return INCOMPLETE;
  endWord();
  return { tokens, end: i };
}

function scanDouble(src: string, start: number, push: (p: RawPart) => void): number | typeof INCOMPLETE {
  let i = start;
  push({ kind: 'text', text: '', quoted: true });
  while (i < src.length) {
    const c = src[i] as string;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const next = src[i + 1];
      if (next === undefined) return INCOMPLETE;
      if (next !== '\n') push({ kind: 'text', text: '$`"\\'.includes(next) ? next : c + next, quoted: true });
      i += 2;
    } else if (c === '$' || c === '`') {
      const r = scanDollar(src, i, true, push);
      if (r === INCOMPLETE) return INCOMPLETE;
      i = r;
    } else {
      push({ kind: 'text', text: c, quoted: true });
      i++;
    }
  }
  return INCOMPLETE;
}

/** Scans `$name`, `${name}`, `$?`, `$(...)` or a backtick substitution starting at `i`. */
function scanDollar(src: string, i: number, quoted: boolean, push: (p: RawPart) => void): number | typeof INCOMPLETE {
  if (src[i] === '`') {
    let j = i + 1;
    while (j < src.length && src[j] !== '`') j += src[j] === '\\' ? 2 : 1;
    if (j >= src.length) return INCOMPLETE;
    const inner = scan(src.slice(i + 1, j).replace(/\\([$`\\])/g, '$1'), 0, false);
    if (inner === INCOMPLETE) return INCOMPLETE;
    push({ kind: 'subst', tokens: inner.tokens, quoted });
    return j + 1;
  }
  const next = src[i + 1];
  if (next === '(') {
    const inner = scan(src, i + 2, true);
    if (inner === INCOMPLETE) return INCOMPLETE;
    push({ kind: 'subst', tokens: inner.tokens, quoted });
    return inner.end;
  }
  if (next === '?') {
    push({ kind: 'var', name: '?', quoted });
    return i + 2;
  }
  if (next === '{') {
    const close = src.indexOf('}', i + 2);
    if (close < 0) return INCOMPLETE;
    const name = src.slice(i + 2, close);
    if (name === '?' || NAME.exec(name)?.[0] === name) {
      push({ kind: 'var', name, quoted });
      return close + 1;
    }
    push({ kind: 'text', text: src.slice(i, close + 1), quoted });
    return close + 1;
  }
  const name = NAME.exec(src.slice(i + 1))?.[0];
  if (name) {
    push({ kind: 'var', name, quoted });
    return i + 1 + name.length;
  }
  push({ kind: 'text', text: '$', quoted });
  return i + 1;
}
