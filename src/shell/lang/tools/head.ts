import { fail, ok, splitLines, type TextTool } from './lines';
import { lineCount } from './lineCount';

/** `head [-n N | -N]` on stdin. */
export const head: TextTool = (args, stdin) => {
  const n = lineCount('head', args);
  if ('error' in n) return fail(n.error, 1);
  if (n.rest.length > 0) return fail(`head: cannot open '${n.rest[0]}' for reading: No such file or directory`, 1);
  return ok(splitLines(stdin).slice(0, n.count).join(''));
};
