import type { Change } from '../../../sim/changes';
import { withFileChange, writeError, writeFileChange } from '../../files/fileAccessFor';
import { cwdOf, resolvePath } from '../../files/paths';
import type { CommandContext, CommandOutcome } from '../../types';
import type { CurlOutcome } from './curlRun';

/** Writes what `curl -o FILE` fetched into the shell's file system, as curl words a failure (exit 23). */
export function withOutputFile(out: CurlOutcome, ctx: CommandContext): CommandOutcome {
  const { file, ...rest } = out;
  if (!file) return rest;
  const world = rest.world ?? ctx.world;
  const abs = resolvePath(cwdOf(ctx.frame), file.path);
  if (writeError(world, ctx.frame, abs)) {
    const size = new TextEncoder().encode(file.text).length;
    const text = `Warning: Failed to open the file ${file.path}: No such file or directory\ncurl: (23) Failure writing output to destination, passed ${size} returned 4294967295\n`;
    return { ...rest, stderr: `${rest.stderr}${text}`, transcript: `${rest.transcript ?? rest.stderr}${text}`, exitCode: 23 };
  }
  const change = writeFileChange(world, ctx.frame, abs, file.text, false);
  if (!change) return rest;
  const changes: readonly Change[] = [...(rest.changes ?? []), change];
  return { ...rest, world: withFileChange(world, change), changes };
}
