import type { CommandContext, CommandOutcome } from '../../types';
import { containerOf } from '../containerOf';
import { distroOf } from '../tools';

/** The shell's answer for a tool the image does not have (yet): bash or ash wording. */
export function notInstalled(ctx: CommandContext, tool: string): CommandOutcome {
  const ash = distroOf(ctx.world, containerOf(ctx)) === 'alpine';
  return { stdout: '', stderr: ash ? `sh: ${tool}: not found\n` : `bash: ${tool}: command not found\n`, exitCode: 127 };
}
