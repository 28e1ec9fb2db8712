import { memo, useMemo, type MouseEvent } from 'react';
import { useT } from '../useT';
import { hexRows, type ByteRange } from './hexRows';

interface Props {
  readonly bytes: Uint8Array;
  readonly highlight: ByteRange | null;
  readonly changed: readonly ByteRange[];
  /** A byte under the pointer (null when it leaves). */
  readonly onHoverByte: (index: number | null) => void;
}

/** The frame as a hex dump: offset, 16 bytes, ASCII; the active field's bytes highlighted, changed ones tinted. */
export const HexView = memo(function HexView({ bytes, highlight, changed, onHoverByte }: Props) {
  const t = useT();
  const rows = useMemo(() => hexRows(bytes, highlight, changed), [bytes, highlight, changed]);
  const cls = (c: { highlighted: boolean; changed: boolean }) => `${c.highlighted ? 'hl' : ''}${c.changed ? ' ch' : ''}`.trim() || undefined;
  // One listener for every byte (a step then only rewrites the bytes' text and classes): the byte under the
  // pointer says its index (`data-byte` in the hex column, `data-char` in the ASCII one).
  const onOver = (e: MouseEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest('[data-byte], [data-char]');
    const index = cell?.getAttribute('data-byte') ?? cell?.getAttribute('data-char');
    if (index !== null && index !== undefined) onHoverByte(Number(index));
  };
  return (
    <div className="hex" role="group" tabIndex={0} aria-label={t('headers.hexLabel')} data-testid="hex-view" onMouseOver={onOver} onMouseLeave={() => onHoverByte(null)}>
      {rows.map((r) => (
        <div className="hex-row" key={r.offset}>
          <span className="hex-offset">{r.offset}</span>
          <span className="hex-bytes">
            {r.cells.map((c) => (
              <span key={c.index} className={cls(c)} data-byte={c.index}>{c.hex}</span>
            ))}
          </span>
          <span className="hex-ascii">
            {r.cells.map((c) => (
              <span key={c.index} className={cls(c)} data-char={c.index}>{c.ascii}</span>
            ))}
          </span>
        </div>
      ))}
    </div>
  );
});
