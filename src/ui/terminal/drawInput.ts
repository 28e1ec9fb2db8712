/**
 * Terminal bytes that redraw the prompt and the typed line in place, and the row (within the drawn
 * text, 0-based) the cursor ends on. `row` is where the cursor was after the previous draw; `cols`
 * is the terminal width. Widths count UTF-16 units (prompts and commands are ASCII).
 */
export function drawInput(prompt: string, buffer: string, cursor: number, row: number, cols: number): { text: string; row: number } {
  const up = (n: number) => (n > 0 ? `\x1b[${n}A` : '');
  const total = prompt.length + buffer.length;
  const at = prompt.length + cursor;
  // After writing `total` characters xterm sits on the row of the last one (a full row keeps the cursor on it).
  const endRow = total > 0 && total % cols === 0 ? total / cols - 1 : Math.floor(total / cols);
  const targetRow = at > 0 && at === total && at % cols === 0 ? at / cols - 1 : Math.floor(at / cols);
  const targetCol = at === total && at > 0 && at % cols === 0 ? cols : at % cols;
  return { text: `\r${up(row)}\x1b[J${prompt}${buffer}${up(endRow - targetRow)}\x1b[${targetCol + 1}G`, row: targetRow };
}

/** Bytes that erase the drawn prompt and line, leaving the cursor at the start of its first row. */
export function eraseInput(row: number): string {
  return `\r${row > 0 ? `\x1b[${row}A` : ''}\x1b[J`;
}
