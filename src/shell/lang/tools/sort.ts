import { bare, fail, ok, splitLines, type TextTool } from './lines';

/** `sort [-r] [-n] [-u]` on stdin, byte order (C locale). */
export const sort: TextTool = (args, stdin) => {
  const opts = new Set<string>();
  for (const a of args) {
    if (!/^-[rnu]+$/.test(a)) return fail(a.startsWith('-') ? `sort: invalid option -- '${a[1] ?? ''}'\nTry 'sort --help' for more information.` : `sort: cannot read: ${a}: No such file or directory`, 2);
    for (const c of a.slice(1)) opts.add(c);
  }
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const num = (s: string): number => Number(/^\s*-?\d+(\.\d+)?/.exec(s)?.[0] ?? 0);
  const compare = opts.has('n') ? (a: string, b: string) => num(a) - num(b) || byText(a, b) : byText;
  let lines = splitLines(stdin).map(bare).sort(compare);
  if (opts.has('r')) lines.reverse();
  if (opts.has('u')) lines = lines.filter((l, k) => k === 0 || compare(l, lines[k - 1] as string) !== 0);
  return ok(lines.map((l) => l + '\n').join(''));
};
