import type { World } from '../../sim/world';
import { voiceOf } from '../lang/voice';
import type { Frame } from '../types';

/**
 * Whether a shell's file tools are BusyBox applets rather than GNU coreutils: wherever the shell is BusyBox
 * ash (a Boot2Docker node; alpine, busybox and other ash images).
 */
export function isBusybox(world: World, frame: Frame): boolean {
  return voiceOf(world, frame).flavour === 'ash';
}
