/** A byte range [offset, offset + length) of a frame. */
export interface ByteRange {
  readonly offset: number;
  readonly length: number;
}

/** One byte of the dump. */
export interface HexCell {
  /** Absolute byte index in the frame. */
  readonly index: number;
  /** Two lower-case hex digits. */
  readonly hex: string;
  /** The byte as printable ASCII, '.' otherwise. */
  readonly ascii: string;
  readonly highlighted: boolean;
  readonly changed: boolean;
}

/** Up to 16 bytes starting at `offset`. */
export interface HexRow {
  /** The row's first byte offset as four hex digits, like Wireshark's bytes pane. */
  readonly offset: string;
  readonly cells: readonly HexCell[];
}

/** Bytes per row, as Wireshark and `xxd` print them. */
export const BYTES_PER_ROW = 16;

const inRange = (i: number, r: ByteRange) => i >= r.offset && i < r.offset + r.length;

/**
 * The bytes of a frame as hex-dump rows of 16, each byte marked when it lies in `highlight` or in one of
 * the `changed` ranges.
 * @example hexRows(Uint8Array.of(0x41, 0x00), { offset: 1, length: 1 })[0].cells[1].highlighted // true
 */
export function hexRows(bytes: Uint8Array, highlight: ByteRange | null, changed: readonly ByteRange[] = []): HexRow[] {
  const rows: HexRow[] = [];
  for (let start = 0; start < bytes.length; start += BYTES_PER_ROW) {
    const cells: HexCell[] = [];
    for (let i = start; i < Math.min(start + BYTES_PER_ROW, bytes.length); i++) {
      const b = bytes[i] ?? 0;
      cells.push({
        index: i,
        hex: b.toString(16).padStart(2, '0'),
        ascii: b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.',
        highlighted: highlight !== null && inRange(i, highlight),
        changed: changed.some((r) => inRange(i, r)),
      });
    }
    rows.push({ offset: start.toString(16).padStart(4, '0'), cells });
  }
  return rows;
}

/** A row as plain text, `0010  45 00 ... 7f  E.......`, the hex column padded so ASCII columns line up. */
export function hexRowText(row: HexRow): string {
  const hex = row.cells.map((c) => c.hex).join(' ').padEnd(BYTES_PER_ROW * 3 - 1, ' ');
  return `${row.offset}  ${hex}  ${row.cells.map((c) => c.ascii).join('')}`;
}
