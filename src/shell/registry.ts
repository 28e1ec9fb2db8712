import { builtins } from './builtins';
import { containerCommands } from './container/commands';
import { laptopCommands } from './laptop/commands';
import { nodeCommands } from './node/commands';
import type { CommandHandler, Frame } from './types';

/** The commands a shell of each kind knows. */
export function commandsFor(kind: Frame['kind']): Readonly<Record<string, CommandHandler>> {
  return tables[kind];
}

const tables: Record<Frame['kind'], Readonly<Record<string, CommandHandler>>> = {
  laptop: { ...builtins, ...laptopCommands },
  node: { ...builtins, ...nodeCommands },
  container: { ...builtins, ...containerCommands },
};
