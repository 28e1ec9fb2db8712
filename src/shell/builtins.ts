import { applyChange } from '../sim/apply';
import { isoOf } from '../sim/calendar';
import { MAX_CLOCK_MS as CLOCK_END } from '../sim/clock';
import { help } from './help';
import { fileCommands } from './files/fileCommands';
import { textTools } from './lang/tools/textTools';
import type { CommandHandler } from './types';
import { fail, ok } from './types';

/** Commands every shell has: the text tools, exit, clear, help, sleep. */
export const builtins: Readonly<Record<string, CommandHandler>> = {
  ...Object.fromEntries(
    Object.entries(textTools).map(([name, tool]) => [
      name,
      ((argv, ctx) => {
        const r = tool(argv.slice(1), ctx.stdin);
        return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
      }) satisfies CommandHandler,
    ]),
  ),
  ...fileCommands,
  exit: () => ({ ...ok(''), exit: true }),
  clear: () => ({ ...ok(''), clear: true }),
  help,
  /** `sleep N`: lets simulated time pass (tasks that failed are restarted, ages grow). */
  sleep: (argv, ctx) => {
    const seconds = Number(argv[1]);
    if (argv.length < 2 || !Number.isFinite(seconds) || seconds < 0) return fail(`sleep: invalid time interval '${argv[1] ?? ''}'\n`);
    const ms = Math.round(seconds * 1000);
    if (ms > CLOCK_END - ctx.world.now) return fail(`sleep: playground limit: the simulated clock stops at ${isoOf(CLOCK_END).replace('.000Z', 'Z')}\n`);
    const change = { type: 'clock/advance', ms } as const;
    const r = applyChange(ctx.world, change);
    return r.ok ? { ...ok(''), world: r.world, changes: [change] } : ok('');
  },
};
