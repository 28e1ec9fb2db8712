import type { CommandHandler, Frame } from '../types';
import { fail, ok } from '../types';
import { commandNotFound } from '../lang/voice';

/**
 * `sh`, `sh -c 'LINE'` and `... | sh` on a Boot2Docker node: a child BusyBox ash. It speaks as `sh`
 * (`sh: foo: not found`), not as the login shell's `-sh`; with `-c` or a piped script it runs the text
 * and its exit status is the command's; alone at the prompt it is entered (`exit` comes back).
 */
export const sh: CommandHandler = (argv, ctx) => {
  if (ctx.frame.kind !== 'node') return commandNotFound(ctx, argv[0] ?? 'sh');
  const child: Frame = { kind: 'node', machine: ctx.frame.machine, argv0: 'sh' };
  const args = argv.slice(1);
  const c = args.indexOf('-c');
  if (c >= 0) {
    const line = args[c + 1];
    // BusyBox: "%s requires an argument", raised before any command runs (status 2).
    if (line === undefined) return fail('sh: -c requires an argument\n', 2);
    return { ...ok(''), runIn: { frame: child, line, child: true } };
  }
  const operand = args.find((a) => !a.startsWith('-'));
  if (operand !== undefined) return fail(`sh: playground limit: scripts are run from -c or stdin only (sh -c '...')\n`, 2);
  // A script on stdin (`echo ... | sh`, `sh <<EOF`) runs and ends; nothing to read means the prompt of a new shell.
  if (ctx.stdin !== '') return { ...ok(''), runIn: { frame: child, line: ctx.stdin, child: true } };
  if (!ctx.tty) return ok('');
  return { ...ok(''), enter: child };
};
