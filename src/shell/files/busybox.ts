import { findImage } from '../../sim/images';
import type { World } from '../../sim/world';
import type { Frame } from '../types';

/**
 * Whether a shell's file tools are BusyBox applets (a Boot2Docker node; alpine, busybox and other ash
 * images) rather than GNU coreutils.
 */
export function isBusybox(world: World, frame: Frame): boolean {
  if (frame.kind === 'node') return true;
  return frame.kind === 'container' && findImage(world.containers[frame.container]?.image ?? '')?.shell === 'ash';
}
