import type { CommandHandler } from '../types';
import { fail } from '../types';

/** A node tool that behaves differently for root: `sudo` runs it with `root` true. */
export type RootTool = (argv: readonly string[], ctx: Parameters<CommandHandler>[1], root: boolean) => ReturnType<CommandHandler>;

/**
 * `sudo COMMAND [ARG...]` on a boot2docker node: the docker user may run anything as root without a
 * password. Tools that check for root get `root`; other commands run as they are.
 */
export function sudoWith(rootTools: ReadonlyMap<string, RootTool>, commands: () => Readonly<Record<string, CommandHandler>>): CommandHandler {
  return (argv, ctx) => {
    const args = argv.slice(1);
    while (args[0] !== undefined && /^-[A-Za-z]+$/.test(args[0]) && args[0] !== '-') args.shift();
    const name = args[0];
    if (name === undefined) return fail('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-AknS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-AknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command]\nusage: sudo [-AbEHknPS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i|-s] [<command>]\nusage: sudo -e [-AknS] [-C num] [-D directory] [-g group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n', 1);
    const tool = rootTools.get(name);
    if (tool) return tool(args, ctx, true);
    const handler = commands()[name];
    if (!handler || name === 'sudo') return fail(`sudo: ${name}: command not found\n`, 1);
    return handler(args, ctx);
  };
}
