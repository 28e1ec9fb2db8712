import type { CommandHandler } from '../../types';

/** ping, curl, wget: filled in by the traffic engine's commands. */
export const netCommands: Readonly<Record<string, CommandHandler>> = {};
