/** Reads `-n N`, `-nN`, `-N` or `--lines=N` for head/tail; `from` is set for tail's `+N`. */
export function lineCount(tool: string, args: readonly string[]): { count: number; from: boolean; rest: string[] } | { error: string } {
  let raw = '10';
  const rest: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '-n') raw = args[++k] ?? '';
    else if (a.startsWith('--lines=')) raw = a.slice(8);
    else if (a.startsWith('-n')) raw = a.slice(2);
    else if (/^-\d+$/.test(a)) raw = a.slice(1);
    else if (a.startsWith('-') && a !== '-') return { error: `${tool}: invalid option -- '${a[1] ?? ''}'\nTry '${tool} --help' for more information.` };
    else rest.push(a);
  }
  const m = /^([+-]?)(\d+)$/.exec(raw);
  if (!m) return { error: `${tool}: invalid number of lines: '${raw}'` };
  return { count: Number(m[2]), from: m[1] === '+', rest };
}
