import { fileCommands } from '../../files/fileCommands';
import type { CommandHandler } from '../../types';
import type { CommandContext, CommandOutcome } from '../../types';
import { fail, ok } from '../../types';
import { namespaces } from './namespaces';
import { runInNamespace } from './nsTools';
import { commandNotFound } from '../../lang/voice';

const DIR = '/var/run/docker/netns';

/** `ls /var/run/docker/netns`: the namespace names (root only: the directory is root's). */
export function lsNetns(argv: readonly string[], ctx: CommandContext, root: boolean): CommandOutcome {
  if (ctx.frame.kind === 'laptop') return commandNotFound(ctx, 'ls');
  const path = (argv[1] ?? '.').replace(/\/$/, '');
  // Any other path is the node's file system.
  if (path !== DIR) return (fileCommands.ls as CommandHandler)(argv, ctx);
  if (!root) return fail(`ls: can't open '${DIR}': Permission denied\n`, 1);
  const names = namespaces(ctx.world, ctx.frame.machine).map((n) => n.name);
  return ok(names.length === 0 ? '' : `${names.join(ctx.tty ? '  ' : '\n')}\n`);
}

/** `nsenter --net=/var/run/docker/netns/NS COMMAND...` (also `--net NS`): runs COMMAND in that namespace. */
export function nsenter(argv: readonly string[], ctx: CommandContext, root: boolean): CommandOutcome {
  if (ctx.frame.kind === 'laptop') return commandNotFound(ctx, 'nsenter');
  const args = argv.slice(1);
  const first = args[0] ?? '';
  const path = first.startsWith('--net=') ? first.slice('--net='.length) : first.startsWith('-n') && first.length > 2 ? first.slice(2) : null;
  if (path === null) return fail(`nsenter: neither filename nor target pid supplied for ns/net\n`, 1);
  const command = args.slice(1);
  if (!root) return fail(`nsenter: cannot open ${path}: Permission denied\n`, 1);
  const name = path.startsWith(`${DIR}/`) ? path.slice(DIR.length + 1) : null;
  const ns = namespaces(ctx.world, ctx.frame.machine).find((n) => n.name === name);
  if (!ns) return fail(`nsenter: cannot open ${path}: No such file or directory\n`, 1);
  if (command.length === 0) return ok('');
  return runInNamespace(ctx.world, ctx.frame.machine, ns, command);
}
