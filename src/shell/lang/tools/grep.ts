import { bare, fail, ok, splitLines, type TextTool } from './lines';

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.";

/** GNU grep on stdin: -i -v -c -E -F -e PATTERN; basic regular expressions by default. */
export const grep: TextTool = (args, stdin) => {
  const opts = { i: false, v: false, c: false, E: false, F: false };
  const positional: string[] = [];
  let pattern: string | undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k] as string;
    if (a === '--') {
      positional.push(...args.slice(k + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (c === 'e') {
        pattern = a.slice(j + 1) || args[++k];
        if (pattern === undefined) return fail(`grep: option requires an argument -- 'e'\n${USAGE}`, 2);
        break;
      }
      if (!(c in opts)) return fail(`grep: invalid option -- '${c}'\n${USAGE}`, 2);
      opts[c as keyof typeof opts] = true;
    }
  }
  if (pattern === undefined) pattern = positional.shift();
  if (pattern === undefined) return fail(USAGE, 2);
  if (positional.length > 0) return fail(positional.map((f) => `grep: ${f}: No such file or directory`).join('\n'), 2);
  let re: RegExp;
  try {
    const source = opts.F ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.E ? pattern : basicToJs(pattern);
    re = new RegExp(source, opts.i ? 'i' : '');
  } catch {
    return fail('grep: Invalid regular expression', 2);
  }
  const selected = splitLines(stdin).filter((line) => re.test(bare(line)) !== opts.v);
  const body = opts.c ? `${selected.length}\n` : selected.map((l) => bare(l) + '\n').join('');
  return ok(body, selected.length > 0 ? 0 : 1);
};

/** POSIX basic regex to JS: `+ ? | ( ) { }` are literal unless escaped (GNU extension). */
function basicToJs(pattern: string): string {
  let out = '';
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k] as string;
    if (c === '\\' && k + 1 < pattern.length) {
      const n = pattern[++k] as string;
      out += '+?|(){}'.includes(n) ? n : '\\' + n;
    } else out += '+?|(){}'.includes(c) ? '\\' + c : c;
  }
  return out;
}
