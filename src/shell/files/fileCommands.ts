import type { CommandHandler } from '../types';
import { cat } from './commands/cat';
import { ls } from './commands/ls';
import { mkdir } from './commands/mkdir';
import { rm } from './commands/rm';
import { touch } from './commands/touch';

/** The file tools every shell has (laptop, node, container). */
export const fileCommands: Readonly<Record<string, CommandHandler>> = { cat, ls, mkdir, rm, touch };
