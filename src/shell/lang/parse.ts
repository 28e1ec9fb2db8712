import type { AndOrList, CommandList, Pipeline, ShellFlavour, SimpleCommand, Word, WordPart } from './ast';
import { tokenize, type RawPart, type Token } from './tokenize';

/** Result of parsing one (possibly multi-line) input. `message` is what the shell prints, without newline. */
export type ParseResult =
  | { readonly kind: 'ok'; readonly list: CommandList }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'error'; readonly message: string };

/** Parses shell source; `incomplete` means the terminal should show `> ` and append the next line after `\n`. */
export function parse(source: string, flavour: ShellFlavour = 'bash'): ParseResult {
  const scanned = tokenize(source);
  if (scanned.kind === 'incomplete') return scanned;
  try {
    return { kind: 'ok', list: parseList(scanned.tokens, false) };
  } catch (e) {
    if (e instanceof Incomplete) return { kind: 'incomplete' };
    if (e instanceof Unexpected) return { kind: 'error', message: syntaxError(e.token, flavour) };
    throw e;
  }
}

/** The shell's wording for an unexpected token, e.g. bash: syntax error near unexpected token `&&'. */
export function syntaxError(token: string, flavour: ShellFlavour): string {
  return flavour === 'bash' ? `bash: syntax error near unexpected token \`${token}'` : `sh: syntax error: unexpected ${token === 'newline' ? token : `"${token}"`}`;
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
    while (tokens[i]?.kind === 'word') {
      const t = tokens[i++] as Extract<Token, { kind: 'word' }>;
      words.push(toWord(t.parts));
    }
    if (words.length === 0) {
      const op = peekOp();
      if (op === undefined) return unexpectedEnd();
      throw new Unexpected(op === '\n' ? 'newline' : op);
    }
    return splitAssignments(words);
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

function toWord(raw: readonly RawPart[]): Word {
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
