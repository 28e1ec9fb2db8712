import { engineDetails } from '../docker/system/engineDetails';
import type { CommandHandler } from '../types';
import { ok } from '../types';

/** `uname [-a|-r|-n|-s|-m]` on a boot2docker node. */
export const uname: CommandHandler = (argv, ctx) => {
  const node = ctx.frame.kind === 'node' ? ctx.frame.machine : 'localhost';
  const release = engineDetails[ctx.world.profile].kernel;
  const flag = argv[1] ?? '-s';
  if (flag === '-a') return ok(`Linux ${node} ${release} #1 SMP x86_64 GNU/Linux\n`);
  if (flag === '-r') return ok(`${release}\n`);
  if (flag === '-n') return ok(`${node}\n`);
  if (flag === '-m') return ok('x86_64\n');
  return ok('Linux\n');
};
