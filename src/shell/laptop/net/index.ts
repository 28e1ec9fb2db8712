import type { CommandHandler } from '../../types';
import { curl } from './curl';
import { ping } from './ping';

/** ping and curl on the laptop: node addresses and the routing mesh. */
export const laptopNetCommands: Readonly<Record<string, CommandHandler>> = { ping, curl };
