import type { CommandHandler } from '../types';
import { ok } from '../types';

/** `hostname` on a node: the machine's name (docker-machine sets it). */
export const hostname: CommandHandler = (_argv, ctx) => ok(`${ctx.frame.kind === 'node' ? ctx.frame.machine : 'localhost'}\n`);
