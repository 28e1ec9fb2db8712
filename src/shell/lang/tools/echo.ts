import { ok, type TextTool } from './lines';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', v: '\v', f: '\f', e: '\x1b', '\\': '\\' };

/** bash's builtin echo: leading -n / -e / -E options, then arguments joined by spaces. */
export const echo: TextTool = (args) => {
  let newline = true;
  let escapes = false;
  let k = 0;
  for (; k < args.length && /^-[neE]+$/.test(args[k] as string); k++) {
    for (const c of (args[k] as string).slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = args.slice(k).join(' ');
  if (escapes) {
    const cut = text.indexOf('\\c');
    if (cut >= 0) {
      text = text.slice(0, cut);
      newline = false;
    }
    text = text.replace(/\\(0[0-7]{0,3}|.)/g, (m, c: string) => (c[0] === '0' ? String.fromCharCode(parseInt(c, 8) || 0) : (ESCAPES[c] ?? m)));
  }
  return ok(newline ? text + '\n' : text);
};
