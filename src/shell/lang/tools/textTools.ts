import type { CommandResult } from '../interpret';
import { awk } from './awk';
import { cut } from './cut';
import { echo } from './echo';
import { falseTool } from './false';
import { grep } from './grep';
import { head } from './head';
import type { TextTool } from './lines';
import { sort } from './sort';
import { tail } from './tail';
import { trueTool } from './true';
import { wc } from './wc';

/** Names of the pure text tools every shell has. */
export type TextToolName = 'awk' | 'cut' | 'echo' | 'false' | 'grep' | 'head' | 'sort' | 'tail' | 'true' | 'wc';

/** The registry of pure text tools used in pipes. */
export const textTools: Readonly<Record<TextToolName, TextTool>> = {
  awk,
  cut,
  echo,
  false: falseTool,
  grep,
  head,
  sort,
  tail,
  true: trueTool,
  wc,
};

/** Runs argv if its first word names a text tool, else returns undefined. */
export function runTextTool(argv: readonly string[], stdin: string): CommandResult | undefined {
  const [name, ...args] = argv;
  return name !== undefined && Object.hasOwn(textTools, name) ? textTools[name as TextToolName](args, stdin) : undefined;
}
