import { bare, fail, ok, splitLines, type TextTool } from './lines';

const PROGRAM = /^\s*(?:\/((?:[^/\\]|\\.)*)\/)?\s*\{\s*print\s*(.*?)\s*;?\s*\}\s*$/;
const ITEM = /\$(\d+|NF)|"((?:[^"\\]|\\.)*)"|(,)|\s+/y;

/** A minimal awk: `[-F SEP] '[/re/] {print ITEMS}'` where items are `$N`, `$NF`, "text", joined by `,` (space) or adjacency. */
export const awk: TextTool = (args, stdin) => {
  let sep: string | undefined;
  const rest: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '-F') sep = args[++k];
    else if (a.startsWith('-F')) sep = a.slice(2);
    else rest.push(a);
  }
  const program = rest[0];
  if (program === undefined) return fail('usage: awk [-F fs] [--] \'prog\' [file ...]', 2);
  if (rest.length > 1) return fail(`awk: cannot open "${rest[1]}" (No such file or directory)`, 2);
  const m = PROGRAM.exec(program);
  const items = m ? parseItems(m[2] ?? '') : undefined;
  if (!m || !items) return fail(`awk: only '[/regex/] {print $N, ...}' is simulated here`, 2);
  const filter = m[1] === undefined ? undefined : new RegExp(m[1]);
  const out: string[] = [];
  for (const line of splitLines(stdin).map(bare)) {
    if (filter && !filter.test(line)) continue;
    const fields = split(line, sep);
    const field = (n: number): string => (n === 0 ? line : (fields[n - 1] ?? ''));
    const row = items.length === 0 ? line : items.map((it) => (it === ',' ? ' ' : typeof it === 'number' ? field(it) : it === 'NF' ? field(fields.length) : it.text)).join('');
    out.push(row + '\n');
  }
  return ok(out.join(''));
};

type Item = number | 'NF' | ',' | { text: string };

function parseItems(src: string): Item[] | undefined {
  const items: Item[] = [];
  ITEM.lastIndex = 0;
  while (ITEM.lastIndex < src.length) {
    const m = ITEM.exec(src);
    if (!m) return undefined;
    if (m[1] !== undefined) items.push(m[1] === 'NF' ? 'NF' : Number(m[1]));
    else if (m[2] !== undefined) items.push({ text: m[2].replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1') });
    else if (m[3]) items.push(',');
  }
  return items;
}

function split(line: string, sep: string | undefined): string[] {
  if (sep === undefined || sep === ' ') return line.trim().split(/[ \t]+/).filter(Boolean);
  return sep.length === 1 ? line.split(sep) : line.split(new RegExp(sep));
}
