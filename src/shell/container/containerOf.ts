import type { CommandContext } from '../types';

/** The container a container-shell command runs in ('' outside one). */
export function containerOf(ctx: CommandContext): string {
  return ctx.frame.kind === 'container' ? ctx.frame.container : '';
}
