/** How a table cell's width is counted: Go's text/tabwriter counts runes; docker/cli's fork counts terminal cells. */
export type WidthMeasure = 'runes' | 'cells';

const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFEFF]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

// East Asian Wide and Fullwidth ranges (go-runewidth counts these as 2 cells).
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/** Cells one code point takes in a terminal: 0 for combining marks, 2 for wide East Asian and emoji, else 1. */
export function codePointWidth(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.test(char)) return 0;
  if (isWide(cp) || (cp > 0xffff && EMOJI.test(char))) return 2;
  return 1;
}

/** Width of a string in runes (code points) or in terminal cells. */
export function textWidth(text: string, measure: WidthMeasure): number {
  let width = 0;
  for (const char of text) width += measure === 'runes' ? 1 : codePointWidth(char);
  return width;
}
