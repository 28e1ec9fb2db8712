import type { CommandHandler } from '../types';

/** Commands of the laptop shell, by name. */
export const laptopCommands: Readonly<Record<string, CommandHandler>> = {};
