import type { CommandSpec, FlagValue } from '../cli/commandSpec';
import type { CommandContext, CommandOutcome } from '../types';

/** Flags (by long name, defaults filled in) and positional arguments of one docker command line. */
export interface ParsedCommand {
  readonly flags: Readonly<Record<string, FlagValue>>;
  readonly args: readonly string[];
  /** Long names of the flags the user actually gave (pflag's `Changed`). */
  readonly changed: ReadonlySet<string>;
}

/** One docker command: its cobra-like spec as data and what it does. The machine is `ctx.frame.machine`. */
export interface DockerCommand {
  readonly spec: CommandSpec;
  readonly run: (input: ParsedCommand, ctx: DockerContext) => CommandOutcome;
}

/** A docker command always runs on a node. */
export type DockerContext = CommandContext & { readonly machine: string };

export const str = (v: FlagValue | undefined): string => (typeof v === 'string' ? v : '');
export const bool = (v: FlagValue | undefined): boolean => v === true;
export const num = (v: FlagValue | undefined): number => (typeof v === 'number' ? v : 0);
export const list = (v: FlagValue | undefined): readonly string[] => (Array.isArray(v) ? (v as readonly string[]) : []);
export const map = (v: FlagValue | undefined): Readonly<Record<string, string>> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Readonly<Record<string, string>>) : {};
