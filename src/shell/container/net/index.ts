import type { CommandHandler } from '../../types';
import { curl } from './curl';
import { ping } from './ping';
import { wget } from './wget';

/** ping, curl, wget inside containers: traffic decided by src/sim/traffic. */
export const netCommands: Readonly<Record<string, CommandHandler>> = { ping, curl, wget };
