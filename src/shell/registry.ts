import { builtins } from './builtins';
import { containerCommands } from './container/commands';
import { laptopCommands } from './laptop/commands';
import { nodeCommands } from './node/commands';
import type { CommandHandler, Frame } from './types';

/** The commands a shell of each kind knows, by the name typed (a Map: a typed word is never a prototype key). */
export function commandsFor(kind: Frame['kind']): ReadonlyMap<string, CommandHandler> {
  return tables[kind];
}

const byName = (...sets: Readonly<Record<string, CommandHandler>>[]) => new Map(sets.flatMap((s) => Object.entries(s)));

const tables: Record<Frame['kind'], ReadonlyMap<string, CommandHandler>> = {
  laptop: byName(builtins, laptopCommands),
  node: byName(builtins, nodeCommands),
  container: byName(builtins, containerCommands),
};
