import { MAX_NESTING } from './limits';

/** A word part as scanned; `$(...)` keeps its inner tokens until the parser builds a list. */
export type RawPart =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'var'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'subst'; readonly tokens: readonly Token[]; readonly quoted: boolean };

/** Operators the parser knows; `\n` separates like `;`. */
export type Operator = '&&' | '||' | '|' | ';' | '&' | '\n' | '(' | ')';

/** Redirection operators as bash and ash spell them (`&>` and `&>>` are bash extensions ash also knows). */
export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '>|';

/**
 * A redirection; `fd` is an explicit descriptor (`2>`), null when absent. A here-document (`<<`, `<<-`)
 * carries its body once the line holding the delimiter has been read; `literal` when the delimiter
 * was quoted (no expansion in the body).
 */
export interface RedirToken {
  readonly kind: 'redir';
  readonly op: RedirOp;
  readonly fd: number | null;
  heredoc?: { body: readonly RawPart[]; literal: boolean };
}

/** A scanned token. */
export type Token = { readonly kind: 'word'; readonly parts: readonly RawPart[] } | { readonly kind: 'op'; readonly op: Operator } | RedirToken;

/**
 * `incomplete`: an open quote, `$(`, backtick, trailing backslash or a here-document without its
 * delimiter line; the terminal should ask for more. `tooDeep`: substitutions nested beyond MAX_NESTING.
 */
export type TokenizeResult = { readonly kind: 'ok'; readonly tokens: readonly Token[] } | { readonly kind: 'incomplete' } | { readonly kind: 'tooDeep' };

const INCOMPLETE = Symbol('incomplete');
const TOO_DEEP = Symbol('tooDeep');
type Stop = typeof INCOMPLETE | typeof TOO_DEEP;
/** Characters that end a run of plain word text. */
const SPECIAL = new Set(' \t#&|;\n()<>\\\'"$`');
const isNameChar = (c: string | undefined, first: boolean): boolean =>
  c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || (!first && c >= '0' && c <= '9'));

interface Scan {
  readonly tokens: Token[];
  readonly end: number;
}

/** Splits shell source (may hold newlines from continuation lines) into words, operators and redirections. */
export function tokenize(source: string): TokenizeResult {
  const scanned = scan(source, 0, false, 0);
  if (scanned === INCOMPLETE) return { kind: 'incomplete' };
  if (scanned === TOO_DEEP) return { kind: 'tooDeep' };
  return { kind: 'ok', tokens: scanned.tokens };
}

/** A pending here-document: its token, the delimiter word, whether `<<-` strips leading tabs. */
interface Pending {
  readonly token: RedirToken;
  delimiter: string | null;
  literal: boolean;
}

function scan(src: string, start: number, inSubst: boolean, depth: number): Scan | Stop {
  if (depth > MAX_NESTING) return TOO_DEEP;
  const tokens: Token[] = [];
  const heredocs: Pending[] = [];
  let parts: RawPart[] | null = null;
  let quotedWord = false;
  const push = (part: RawPart): void => {
    if (part.quoted) quotedWord = true;
    // A word's first part starts an array of exactly one (an empty array grows a larger backing store on its first push).
    if (parts === null) {
      parts = [part];
      return;
    }
    const last = parts[parts.length - 1];
    if (part.kind === 'text' && last?.kind === 'text' && last.quoted === part.quoted) {
      parts[parts.length - 1] = { ...last, text: last.text + part.text };
    } else parts.push(part);
  };
  const endWord = (): void => {
    if (!parts) return;
    const waiting = heredocs.length === 0 ? undefined : heredocs.find((h) => h.delimiter === null);
    if (waiting && tokens[tokens.length - 1] === waiting.token) {
      waiting.delimiter = parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'var' ? `$${p.name}` : '')).join('');
      waiting.literal = quotedWord;
    }
    tokens.push({ kind: 'word', parts });
    parts = null;
    quotedWord = false;
  };
  /** A word made only of unquoted digits right before `<` or `>` is a descriptor number. */
  const takeFd = (): number | null => {
    const only = parts?.length === 1 ? parts[0] : undefined;
    if (only?.kind === 'text' && !only.quoted && /^[0-9]$/.test(only.text)) {
      parts = null;
      return Number(only.text);
    }
    endWord();
    return null;
  };
  let i = start;
  const stop = (r: number | Stop): r is Stop => r === INCOMPLETE || r === TOO_DEEP;
  while (i < src.length) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '#' && parts === null) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if ((c === '&' || c === '|') && next === c) {
      endWord();
      tokens.push({ kind: 'op', op: c === '&' ? '&&' : '||' });
      i += 2;
    } else if (c === '&' && next === '>') {
      endWord();
      const append = src[i + 2] === '>';
      tokens.push({ kind: 'redir', op: append ? '&>>' : '&>', fd: null });
      i += append ? 3 : 2;
    } else if (c === '<' || c === '>') {
      const fd = takeFd();
      const op = redirAt(src, i);
      const token: RedirToken = { kind: 'redir', op, fd };
      tokens.push(token);
      if (op === '<<' || op === '<<-') heredocs.push({ token, delimiter: null, literal: false });
      i += op.length;
    } else if (c === ')' && inSubst) {
      endWord();
      if (heredocs.length > 0) return INCOMPLETE;
      return { tokens, end: i + 1 };
    } else if (c === '\n') {
      endWord();
      tokens.push({ kind: 'op', op: '\n' });
      i++;
      if (heredocs.length > 0) {
        const r = readBodies(src, i, heredocs.splice(0), depth);
        if (stop(r)) return r;
        i = r;
      }
    } else if ('|;&()'.includes(c)) {
      endWord();
      tokens.push({ kind: 'op', op: c as Operator });
      i++;
    } else if (c === '\\') {
      if (i + 1 >= src.length) return INCOMPLETE;
      if (next !== '\n') push({ kind: 'text', text: next as string, quoted: true });
      i += 2;
    } else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return INCOMPLETE;
      push({ kind: 'text', text: src.slice(i + 1, close), quoted: true });
      i = close + 1;
    } else if (c === '"') {
      const r = scanDouble(src, i + 1, push, depth);
      if (stop(r)) return r;
      i = r;
    } else if (c === '$' || c === '`') {
      const r = scanDollar(src, i, false, push, depth);
      if (stop(r)) return r;
      i = r;
    } else {
      let end = i + 1;
      while (end < src.length && !SPECIAL.has(src[end] as string)) end++;
      push({ kind: 'text', text: src.slice(i, end), quoted: false });
      i = end;
    }
  }
  if (inSubst) return INCOMPLETE;
  endWord();
  if (heredocs.length > 0) return INCOMPLETE;
  return { tokens, end: i };
}

function redirAt(src: string, i: number): RedirOp {
  const two = src.slice(i, i + 2);
  if (two === '<<') return src[i + 2] === '-' ? '<<-' : '<<';
  if (two === '>>' || two === '>&' || two === '<&' || two === '>|') return two;
  return src[i] === '<' ? '<' : '>';
}

/** Reads here-document bodies starting at `i` (the line after the operator); returns where the command continues. */
function readBodies(src: string, start: number, docs: readonly Pending[], depth: number): number | Stop {
  let i = start;
  for (const doc of docs) {
    if (doc.delimiter === null) return INCOMPLETE;
    const strip = doc.token.op === '<<-';
    let body = '';
    for (;;) {
      if (i >= src.length) return INCOMPLETE;
      const nl = src.indexOf('\n', i);
      const raw = src.slice(i, nl < 0 ? src.length : nl);
      const line = strip ? raw.replace(/^\t+/, '') : raw;
      if (nl < 0 && line !== doc.delimiter) return INCOMPLETE;
      i = nl < 0 ? src.length : nl + 1;
      if (line === doc.delimiter) break;
      body += `${line}\n`;
    }
    if (doc.literal) doc.token.heredoc = { body: [{ kind: 'text', text: body, quoted: true }], literal: true };
    else {
      const parts = scanHereBody(body, depth);
      if (stop2(parts)) return parts;
      doc.token.heredoc = { body: parts, literal: false };
    }
  }
  return i;
}

const stop2 = (r: unknown): r is Stop => r === INCOMPLETE || r === TOO_DEEP;

/** A here-document body with an unquoted delimiter: `$name`, `$(...)` and backticks expand; `\` escapes only `$ \` and backtick. */
function scanHereBody(body: string, depth: number): RawPart[] | Stop {
  const parts: RawPart[] = [];
  const push = (p: RawPart): void => {
    const last = parts[parts.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') parts[parts.length - 1] = { ...last, text: last.text + p.text };
    else parts.push(p);
  };
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === '\\' && i + 1 < body.length) {
      const next = body[i + 1] as string;
      if (next !== '\n') push({ kind: 'text', text: '$`\\'.includes(next) ? next : c + next, quoted: true });
      i += 2;
    } else if (c === '$' || c === '`') {
      const r = scanDollar(body, i, true, push, depth);
      if (stop2(r)) return r;
      i = r;
    } else {
      let j = i + 1;
      while (j < body.length && body[j] !== '\\' && body[j] !== '$' && body[j] !== '`') j++;
      push({ kind: 'text', text: body.slice(i, j), quoted: true });
      i = j;
    }
  }
  return parts.length > 0 ? parts : [{ kind: 'text', text: '', quoted: true }];
}

function scanDouble(src: string, start: number, push: (p: RawPart) => void, depth: number): number | Stop {
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
      const r = scanDollar(src, i, true, push, depth);
      if (stop2(r)) return r;
      i = r;
    } else {
      let j = i + 1;
      while (j < src.length && src[j] !== '"' && src[j] !== '\\' && src[j] !== '$' && src[j] !== '`') j++;
      push({ kind: 'text', text: src.slice(i, j), quoted: true });
      i = j;
    }
  }
  return INCOMPLETE;
}

/** Scans `$name`, `${name}`, `$?`, `$(...)` or a backtick substitution starting at `i`. */
function scanDollar(src: string, i: number, quoted: boolean, push: (p: RawPart) => void, depth: number): number | Stop {
  if (src[i] === '`') {
    let j = i + 1;
    while (j < src.length && src[j] !== '`') j += src[j] === '\\' ? 2 : 1;
    if (j >= src.length) return INCOMPLETE;
    const inner = scan(src.slice(i + 1, j).replace(/\\([$`\\])/g, '$1'), 0, false, depth + 1);
    if (stop2(inner)) return inner;
    push({ kind: 'subst', tokens: inner.tokens, quoted });
    return j + 1;
  }
  const next = src[i + 1];
  if (next === '(') {
    const inner = scan(src, i + 2, true, depth + 1);
    if (stop2(inner)) return inner;
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
    if (name === '?' || /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      push({ kind: 'var', name, quoted });
      return close + 1;
    }
    push({ kind: 'text', text: src.slice(i, close + 1), quoted });
    return close + 1;
  }
  let end = i + 1;
  while (isNameChar(src[end], end === i + 1)) end++;
  if (end > i + 1) {
    push({ kind: 'var', name: src.slice(i + 1, end), quoted });
    return end;
  }
  push({ kind: 'text', text: '$', quoted });
  return i + 1;
}
