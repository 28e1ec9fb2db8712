import { fail, ok, type TextTool } from './lines';

/** `wc [-l] [-w] [-c]` on stdin; GNU pads each count to 7 columns when more than one is shown. */
export const wc: TextTool = (args, stdin) => {
  const chosen = new Set<string>();
  for (const a of args) {
    if (!/^-[lwc]+$/.test(a)) return fail(a.startsWith('-') ? `wc: invalid option -- '${a[1] ?? ''}'\nTry 'wc --help' for more information.` : `wc: ${a}: No such file or directory`, 1);
    for (const c of a.slice(1)) chosen.add(c);
  }
  const counts = {
    l: (stdin.match(/\n/g) ?? []).length,
    w: stdin.split(/\s+/).filter(Boolean).length,
    c: new TextEncoder().encode(stdin).length,
  };
  const order = (['l', 'w', 'c'] as const).filter((k) => chosen.size === 0 || chosen.has(k));
  const cells = order.map((k) => String(counts[k]));
  return ok((cells.length === 1 ? cells[0] : cells.map((c) => c.padStart(7)).join(' ')) + '\n');
};
