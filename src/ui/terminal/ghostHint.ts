/**
 * Terminal bytes that show a suggested command in grey (bright black, which both themes keep legible;
 * SGR dim would halve its contrast) after an empty prompt and leave the cursor where it
 * was (saved and restored); cut to `room` columns so it never wraps. '' when there is no hint.
 */
export function ghostHint(hint: string | null, room: number): string {
  if (!hint || room <= 0) return '';
  const shown = hint.length > room ? `${hint.slice(0, Math.max(0, room - 1))}…` : hint;
  return `\x1b7\x1b[90m${shown}\x1b[39m\x1b8`;
}
