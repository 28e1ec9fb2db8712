import type { AndOrList, CommandList, Pipeline, Redirect, SimpleCommand, Word, WordPart } from './ast';
import { MAX_NESTING } from './limits';
import { BASH, type ShellVoice } from './voice';
import { tokenize, type RawPart, type RedirToken, type Token } from './tokenize';

/** Result of parsing one (possibly multi-line) input. `message` is what the shell prints, without newline. */
export type ParseResult =
  | { readonly kind: 'ok'; readonly list: CommandList }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'error'; readonly message: string };

/** Parses shell source; `incomplete` means the terminal should show `> ` and append the next line after `\n`. */
export function parse(source: string, voice: ShellVoice = BASH): ParseResult {
  const scanned = tokenize(source);
  if (scanned.kind === 'incomplete') return scanned;
  if (scanned.kind === 'tooDeep') return { kind: 'error', message: nestingError(voice) };
  try {
    return { kind: 'ok', list: parseList(scanned.tokens, false) };
  } catch (e) {
    if (e instanceof Incomplete) return { kind: 'incomplete' };
    if (e instanceof Unexpected) return { kind: 'error', message: syntaxError(e.token, voice) };
    throw e;
  }
}

/** The shell's wording for an unexpected token, e.g. bash: syntax error near unexpected token `&&'; -sh: syntax error: unexpected "&&". */
export function syntaxError(token: string, voice: ShellVoice): string {
  return voice.flavour === 'bash'
    ? `${voice.name}: syntax error near unexpected token \`${token}'`
    : `${voice.name}: syntax error: unexpected ${token === 'newline' ? token : `"${token}"`}`;
}

/** The playground's bound on nested `$(...)` (see limits.ts), worded like bash's other nesting limits. */
export function nestingError(voice: ShellVoice): string {
  return `${voice.name}: command substitution: maximum nesting level exceeded (${MAX_NESTING})`;
}

class Incomplete {}
class Unexpected {
  constructor(readonly token: string) {}
}

function parseList(tokens: readonly Token[], inSubst: boolean): CommandList {
  let i = 0;
  const peekOp = (): string | undefined => {
    const t = tokens[i];
    return t?.kind === 'op' ? t.op : undefined;
  };
  const unexpectedEnd = (): never => {
    throw inSubst ? new Unexpected(')') : new Incomplete();
  };
  const skipNewlines = (): void => {
    while (peekOp() === '\n') i++;
  };
  const command = (): SimpleCommand => {
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (let t = tokens[i]; t?.kind === 'word' || t?.kind === 'redir'; t = tokens[i]) {
      i++;
      if (t.kind === 'word') words.push(toWord(t.parts));
      else {
        const target = tokens[i];
        if (target?.kind !== 'word') throw new Unexpected(target?.kind === 'op' && target.op !== '\n' ? target.op : target?.kind === 'redir' ? target.op : 'newline');
        i++;
        redirects.push(...toRedirects(t, toWord(target.parts)));
      }
    }
    if (words.length === 0 && redirects.length === 0) {
      const op = peekOp();
      if (op === undefined) return unexpectedEnd();
      throw new Unexpected(op === '\n' ? 'newline' : op);
    }
    const cmd = splitAssignments(words);
    return redirects.length > 0 ? { ...cmd, redirects } : cmd;
  };
  const pipeline = (): Pipeline => {
    const commands = [command()];
    while (peekOp() === '|') {
      i++;
      skipNewlines();
      commands.push(command());
    }
    return { commands };
  };
  const andOr = (): AndOrList => {
    const first = pipeline();
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    for (let op = peekOp(); op === '&&' || op === '||'; op = peekOp()) {
      i++;
      skipNewlines();
      rest.push({ op, pipeline: pipeline() });
    }
    return { first, rest };
  };
  const items: AndOrList[] = [];
  skipNewlines();
  while (i < tokens.length) {
    items.push(andOr());
    const op = peekOp();
    if (op === ';' || op === '&' || op === '\n') i++;
    else if (op !== undefined) throw new Unexpected(op);
    skipNewlines();
  }
  return { items };
}

function toRedirects(t: RedirToken, target: Word): Redirect[] {
  const word = (text: string): Word => ({ parts: [{ kind: 'text', text, quoted: false }] });
  const plain = target.parts.length === 1 && target.parts[0]?.kind === 'text' ? target.parts[0].text : null;
  switch (t.op) {
    case '<<':
    case '<<-':
      return [{ kind: 'here', fd: t.fd ?? 0, body: toWord(t.heredoc?.body ?? []) }];
    case '<':
      return [{ kind: 'file', fd: t.fd ?? 0, mode: 'read', target }];
    case '>>':
      return [{ kind: 'file', fd: t.fd ?? 1, mode: 'append', target }];
    case '<&':
      return [{ kind: 'dup', fd: t.fd ?? 0, target }];
    case '>&':
      if (t.fd !== null || (plain !== null && /^([0-9]|-)$/.test(plain))) return [{ kind: 'dup', fd: t.fd ?? 1, target }];
      return [{ kind: 'file', fd: 1, mode: 'write', target }, { kind: 'dup', fd: 2, target: word('1') }];
    case '&>':
    case '&>>':
      return [{ kind: 'file', fd: 1, mode: t.op === '&>' ? 'write' : 'append', target }, { kind: 'dup', fd: 2, target: word('1') }];
    default:
      return [{ kind: 'file', fd: t.fd ?? 1, mode: 'write', target }];
  }
}

function toWord(raw: readonly RawPart[]): Word {
  // Text and variable parts are the same in both forms: a word without `$(...)` keeps its array.
  if (!raw.some((p) => p.kind === 'subst')) return { parts: raw as readonly WordPart[] };
  const parts = raw.map((p): WordPart => (p.kind === 'subst' ? { kind: 'subst', list: parseList(p.tokens, true), quoted: p.quoted } : p));
  return { parts };
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function splitAssignments(words: readonly Word[]): SimpleCommand {
  const assignments: { name: string; value: Word }[] = [];
  let k = 0;
  for (; k < words.length; k++) {
    const first = (words[k] as Word).parts[0];
    const m = first?.kind === 'text' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
    if (!m || !first || first.kind !== 'text') break;
    const rest = first.text.slice(m[0].length);
    const tail = (words[k] as Word).parts.slice(1);
    assignments.push({ name: m[1] as string, value: { parts: rest ? [{ ...first, text: rest }, ...tail] : tail } });
  }
  return { assignments, words: words.slice(k) };
}
