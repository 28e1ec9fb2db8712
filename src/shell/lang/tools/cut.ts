import { bare, fail, ok, splitLines, type TextTool } from './lines';

const TRY = "Try 'cut --help' for more information.";

/** `cut -d DELIM -f LIST` on stdin; lines without the delimiter pass through whole (GNU default). */
export const cut: TextTool = (args, stdin) => {
  let delim = '\t';
  let list: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '-d' || a === '-f') {
      const v = args[++k];
      if (v === undefined) return fail(`cut: option requires an argument -- '${a[1]}'\n${TRY}`, 1);
      if (a === '-d') delim = v;
      else list = v;
    } else if (a.startsWith('-d')) delim = a.slice(2);
    else if (a.startsWith('-f')) list = a.slice(2);
    else if (a.startsWith('-')) return fail(`cut: invalid option -- '${a[1] ?? ''}'\n${TRY}`, 1);
    else return fail(`cut: ${a}: No such file or directory`, 1);
  }
  if (list === undefined) return fail(`cut: you must specify a list of bytes, characters, or fields\n${TRY}`, 1);
  if (delim.length !== 1) return fail(`cut: the delimiter must be a single character\n${TRY}`, 1);
  const ranges = parseList(list);
  if (!ranges) return fail(`cut: invalid field value '${list}'\n${TRY}`, 1);
  const out = splitLines(stdin).map((line) => {
    const text = bare(line);
    if (!text.includes(delim)) return text + '\n';
    const fields = text.split(delim);
    return fields.filter((_, k) => ranges.some(([lo, hi]) => k + 1 >= lo && k + 1 <= hi)).join(delim) + '\n';
  });
  return ok(out.join(''));
};

function parseList(list: string): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  for (const piece of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(piece);
    if (!m || (!m[1] && !m[3]) || m[1] === '0') return undefined;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    ranges.push([lo, hi]);
  }
  return ranges;
}
