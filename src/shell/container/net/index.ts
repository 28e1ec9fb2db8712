import type { CommandHandler } from '../../types';
import { ping } from './ping';

/** ping, curl, wget inside containers: traffic decided by src/sim/traffic. */
export const netCommands: Readonly<Record<string, CommandHandler>> = { ping };
