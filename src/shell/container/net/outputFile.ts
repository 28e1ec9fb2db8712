import type { Change } from '../../../sim/changes';
import { withFileChange, writeError, writeFileChange } from '../../files/fileAccessFor';
import { cwdOf, resolvePath } from '../../files/paths';
import type { FileError } from '../../lang/fileAccess';
import type { CommandContext, CommandOutcome } from '../../types';

/** A download's outcome with the file it wants written (curl -o, wget -O). */
export type OutcomeWithFile = CommandOutcome & { readonly file?: { readonly path: string; readonly text: string } };

/** How a tool words a file it cannot write, and its exit code then. */
export type WriteFailure = (path: string, error: FileError, size: number) => { readonly text: string; readonly exitCode: number };

/** Whether `path` (as typed) cannot be written from this shell, and why. */
export function outputFileError(ctx: CommandContext, path: string): FileError | null {
  return writeError(ctx.world, ctx.frame, resolvePath(cwdOf(ctx.frame), path));
}

/** Writes the fetched file into the shell's file system; a file that cannot be opened is worded by `failure`. */
export function withOutputFile(out: OutcomeWithFile, ctx: CommandContext, failure: WriteFailure): CommandOutcome {
  const { file, ...rest } = out;
  if (!file) return rest;
  const world = rest.world ?? ctx.world;
  const abs = resolvePath(cwdOf(ctx.frame), file.path);
  const error = writeError(world, ctx.frame, abs);
  if (error) {
    const { text, exitCode } = failure(file.path, error, new TextEncoder().encode(file.text).length);
    return { ...rest, stderr: `${rest.stderr}${text}`, transcript: `${rest.transcript ?? rest.stderr}${text}`, exitCode };
  }
  const change = writeFileChange(world, ctx.frame, abs, file.text, false);
  if (!change) return rest;
  const changes: readonly Change[] = [...(rest.changes ?? []), change];
  return { ...rest, world: withFileChange(world, change), changes };
}
