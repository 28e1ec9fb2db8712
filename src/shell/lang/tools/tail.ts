import { fail, ok, splitLines, type TextTool } from './lines';
import { lineCount } from './lineCount';

/** `tail [-n N | -N | -n +N]` on stdin. */
export const tail: TextTool = (args, stdin) => {
  const n = lineCount('tail', args);
  if ('error' in n) return fail(n.error, 1);
  if (n.rest.length > 0) return fail(`tail: cannot open '${n.rest[0]}' for reading: No such file or directory`, 1);
  const lines = splitLines(stdin);
  const start = n.from ? Math.max(n.count - 1, 0) : Math.max(lines.length - n.count, 0);
  return ok(n.count === 0 && !n.from ? '' : lines.slice(start).join(''));
};
