import type { FlagSpec } from './commandSpec';
import { defValue, defaultIsZero } from './flagValue';

const TYPE_NAMES: Readonly<Record<string, string>> = { bool: '', uint64: 'uint', stringSlice: 'strings' };

/** pflag FlagUsagesWrapped: visible flags sorted by name, usage aligned in one column, wrapped to `cols` (0: no wrap). */
export function flagUsages(flags: readonly FlagSpec[], cols: number): string {
  const visible = flags.filter((f) => !f.hidden).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rows = visible.map((f) => {
    let left = f.shorthand ? `  -${f.shorthand}, --${f.name}` : `      --${f.name}`;
    const varname = f.valueName ?? TYPE_NAMES[f.type] ?? f.type;
    if (varname) left += ' ' + varname;
    let usage = f.usage;
    if (!defaultIsZero(f)) usage += f.type === 'string' ? ` (default ${JSON.stringify(defValue(f))})` : ` (default ${defValue(f)})`;
    return { left, usage };
  });
  const maxlen = Math.max(0, ...rows.map((r) => r.left.length + 1));
  return rows.map((r) => `${r.left} ${' '.repeat(maxlen - r.left.length)} ${wrap(maxlen + 2, cols, r.usage)}\n`).join('');
}

/** pflag's wrap: first line is placed by the caller, later lines indented by `indent`. */
function wrap(indent: number, width: number, s: string): string {
  if (width === 0) return s.replaceAll('\n', '\n' + ' '.repeat(indent));
  let i = indent;
  let room = width - i;
  let r = '';
  if (room < 24) {
    i = 16;
    room = width - i;
    r += '\n' + ' '.repeat(i);
  }
  if (room < 24) return s.replaceAll('\n', r);
  const slop = 5;
  room -= slop;
  const pad = '\n' + ' '.repeat(i);
  let [line, rest] = wrapN(room, slop, s);
  r += line.replaceAll('\n', pad);
  while (rest !== '') {
    [line, rest] = wrapN(room, slop, rest);
    r += pad + line.replaceAll('\n', pad);
  }
  return r;
}

function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}
