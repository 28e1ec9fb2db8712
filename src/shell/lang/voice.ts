import { findImage } from '../../sim/images';
import type { World } from '../../sim/world';
import type { CommandContext, CommandOutcome, Frame } from '../types';
import type { ShellFlavour } from './ast';

/**
 * Who is speaking when a shell prints its own errors: which shell (its wording) and the name it runs as
 * (its argv0, printed before every message). BusyBox ash started as a login shell is `-sh`:
 * `-sh: foo: not found`; the same ash run as `sh` says `sh: foo: not found`.
 */
export interface ShellVoice {
  readonly flavour: ShellFlavour;
  readonly name: string;
}

/** GNU bash, as the laptop and bash images run it. */
export const BASH: ShellVoice = { flavour: 'bash', name: 'bash' };
/** BusyBox ash run as `sh` (alpine's shell, `sh -c` on a node). */
export const ASH: ShellVoice = { flavour: 'ash', name: 'sh' };
/** BusyBox ash as a login shell: the docker user's shell on a Boot2Docker node. */
export const LOGIN_ASH: ShellVoice = { flavour: 'ash', name: '-sh' };

/** The shell a frame runs: bash on the laptop, Boot2Docker's login ash on a node (`sh` once `sh` runs), the image's shell in a container. */
export function voiceOf(world: World, frame: Frame): ShellVoice {
  if (frame.kind === 'laptop') return BASH;
  if (frame.kind === 'node') return frame.argv0 === undefined ? LOGIN_ASH : { ...ASH, name: frame.argv0 };
  const image = world.containers[frame.container]?.image ?? '';
  return findImage(image)?.shell === 'ash' ? ASH : BASH;
}

/** The shell's words for a command it cannot find: `bash: foo: command not found`, `-sh: foo: not found`. */
export function notFoundText(voice: ShellVoice, name: string): string {
  return `${voice.name}: ${name}: ${voice.flavour === 'ash' ? 'not found' : 'command not found'}\n`;
}

/** A command this shell does not have (not installed, or not on this machine): its shell's words, exit 127. */
export function commandNotFound(ctx: Pick<CommandContext, 'world' | 'frame'>, name: string): CommandOutcome {
  return { stdout: '', stderr: notFoundText(voiceOf(ctx.world, ctx.frame), name), exitCode: 127 };
}
