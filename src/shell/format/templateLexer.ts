/** A token inside a template action. `pos` is the byte offset in the template (UTF-16 offset here). */
export interface Token {
  type:
    | 'field' | 'variable' | 'dot' | 'string' | 'number' | 'bool' | 'nil' | 'identifier' | 'keyword'
    | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign' | 'comma' | 'space';
  text: string;
  pos: number;
}

/** A piece of the template: literal text, or an action's tokens. */
export type Item = { kind: 'text'; text: string; pos: number } | { kind: 'action'; tokens: Token[]; pos: number };

/** A parse error in Go's words (without the `template: :LINE: ` prefix), at an offset. */
export class TemplateSyntaxError extends Error {
  constructor(message: string, readonly pos: number) {
    super(message);
  }
}

const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);
const SPACE = /[ \t\r\n]/;
const ALNUM = /[\p{L}\p{Nd}_]/u;
const NUMBER = /^[+-]?(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/;

/** Splits a template into text and action tokens, applying `{{-` / `-}}` trimming and dropping comments. */
export function lexTemplate(src: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  let trimNext = false;
  while (i <= src.length) {
    const open = src.indexOf('{{', i);
    let text = src.slice(i, open === -1 ? src.length : open);
    const textPos = i;
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    if (open === -1) {
      if (text) items.push({ kind: 'text', text, pos: textPos });
      break;
    }
    let start = open + 2;
    if (src[start] === '-' && SPACE.test(src[start + 1] ?? '')) {
      text = text.replace(/[ \t\r\n]+$/, '');
      start += 2;
    }
    if (text) items.push({ kind: 'text', text, pos: textPos });
    const action = lexAction(src, start);
    trimNext = action.trimRight;
    if (!action.comment) items.push({ kind: 'action', tokens: action.tokens, pos: open });
    i = action.end;
  }
  return items;
}

function lexAction(src: string, start: number): { tokens: Token[]; end: number; trimRight: boolean; comment: boolean } {
  const tokens: Token[] = [];
  let i = start;
  while (SPACE.test(src[i] ?? '')) i++;
  if (src.startsWith('/*', i)) {
    const close = src.indexOf('*/', i + 2);
    if (close === -1) throw new TemplateSyntaxError('unclosed comment', start);
    let j = close + 2;
    const trimmed = /^[ \t\r\n]+-}}/.exec(src.slice(j));
    if (trimmed) return { tokens, end: j + trimmed[0].length, trimRight: true, comment: true };
    if (!src.startsWith('}}', j)) throw new TemplateSyntaxError('comment ends before closing delimiter', start);
    j += 2;
    return { tokens, end: j, trimRight: false, comment: true };
  }
  i = start;
  for (;;) {
    const trim = /^[ \t\r\n]-}}/.exec(src.slice(i, i + 4));
    if (trim) return { tokens, end: i + 4, trimRight: true, comment: false };
    if (src.startsWith('}}', i)) return { tokens, end: i + 2, trimRight: false, comment: false };
    const c = src[i];
    if (c === undefined) throw new TemplateSyntaxError('unclosed action', i);
    const token = lexToken(src, i);
    tokens.push(token);
    i += token.text.length;
  }
}

function lexToken(src: string, i: number): Token {
  const c = src[i]!;
  const rest = src.slice(i);
  const make = (type: Token['type'], text: string): Token => ({ type, text, pos: i });
  if (SPACE.test(c)) return make('space', /^[ \t\r\n]+/.exec(rest)?.[0] ?? c);
  if (c === '|') return make('pipe', c);
  if (c === '(') return make('lparen', c);
  if (c === ')') return make('rparen', c);
  if (c === ',') return make('comma', c);
  if (rest.startsWith(':=')) return make('declare', ':=');
  if (c === '=') return make('assign', c);
  if (c === '"') return make('string', quoted(src, i, '"', 'unterminated quoted string'));
  if (c === '`') return make('string', quoted(src, i, '`', 'unterminated raw quoted string'));
  if (c === "'") return make('number', quoted(src, i, "'", 'unterminated character constant'));
  if (c === '$') return make('variable', '$' + word(src, i + 1));
  if (c === '.' && !/\d/.test(src[i + 1] ?? '')) {
    const name = word(src, i + 1);
    return name ? make('field', '.' + name) : make('dot', '.');
  }
  const number = NUMBER.exec(rest);
  if (number && !ALNUM.test(src[i + number[0].length] ?? '')) return make('number', number[0]);
  const name = word(src, i);
  if (!name) {
    const code = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new TemplateSyntaxError(`unrecognized character in action: U+${code} '${c}'`, i);
  }
  if (name === 'true' || name === 'false') return make('bool', name);
  if (name === 'nil') return make('nil', name);
  return make(KEYWORDS.has(name) ? 'keyword' : 'identifier', name);
}

function word(src: string, i: number): string {
  let j = i;
  while (j < src.length && ALNUM.test(src[j]!)) j++;
  return src.slice(i, j);
}

function quoted(src: string, i: number, quote: string, error: string): string {
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (quote !== '`' && src[j] === '\\') j++;
    if (quote !== '`' && src[j] === '\n') break;
    j++;
  }
  if (src[j] !== quote) throw new TemplateSyntaxError(error, i);
  return src.slice(i, j + 1);
}
