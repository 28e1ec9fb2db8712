/** Pixels one arrow key moves the splitter; Page Up/Down move four times as far. */
export const STEP_PX = 24;

/** The terminal height after a key on the splitter (Up grows it), clamped to [min, max]; null for other keys. */
export function sizeAfterKey(current: number, key: string, min: number, max: number): number | null {
  const moves: Readonly<Record<string, number>> = { ArrowUp: STEP_PX, ArrowDown: -STEP_PX, PageUp: 4 * STEP_PX, PageDown: -4 * STEP_PX };
  if (key === 'Home') return min;
  if (key === 'End') return max;
  const move = moves[key];
  return move === undefined ? null : clampSize(current + move, min, max);
}

/** A height kept between min and max (max wins when they cross), rounded to whole pixels. */
export function clampSize(px: number, min: number, max: number): number {
  return Math.round(Math.max(Math.min(px, max), Math.min(min, max)));
}
