import type { CommandList, Word } from './ast';

/** Variables visible to expansion; `?` is looked up through `lastExitCode`, not here. */
export type Env = Readonly<Record<string, string>>;

/** What expansion needs from the interpreter. */
export interface ExpandContext {
  readonly env: Env;
  readonly lastExitCode: number;
  /** Runs `$(...)` and returns its stdout with trailing newlines already stripped. */
  readonly substitute: (list: CommandList) => string;
}

/** Expands a word into fields: variables and `$(...)` are split on blanks unless quoted; no globbing. */
export function expandWord(word: Word, ctx: ExpandContext): string[] {
  const fields: string[] = [];
  let cur = '';
  let hasCur = false;
  for (const part of word.parts) {
    if (part.kind === 'text') {
      cur += part.text;
      hasCur ||= part.quoted || part.text !== '';
      continue;
    }
    const value = part.kind === 'var' ? lookup(part.name, ctx) : ctx.substitute(part.list);
    if (part.quoted) {
      cur += value;
      hasCur = true;
      continue;
    }
    value.split(/[ \t\n]+/).forEach((piece, idx) => {
      if (idx > 0) {
        if (hasCur) fields.push(cur);
        cur = '';
        hasCur = false;
      }
      if (piece) {
        cur += piece;
        hasCur = true;
      }
    });
  }
  if (hasCur) fields.push(cur);
  return fields;
}

/** Expands a word as an assignment value: no field splitting. */
export function expandAssignment(word: Word, ctx: ExpandContext): string {
  return word.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'var' ? lookup(p.name, ctx) : ctx.substitute(p.list))).join('');
}

function lookup(name: string, ctx: ExpandContext): string {
  return name === '?' ? String(ctx.lastExitCode) : Object.hasOwn(ctx.env, name) ? (ctx.env[name] ?? '') : '';
}
