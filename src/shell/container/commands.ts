import type { CommandHandler } from '../types';

/** Commands of the container shell, by name. */
export const containerCommands: Readonly<Record<string, CommandHandler>> = {};
