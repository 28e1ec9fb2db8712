import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../../sim/packet/frame';
import { hexRows, hexRowText } from './hexRows';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('hexRows', () => {
  it('splits into rows of 16 with four-digit hex offsets and printable ASCII', () => {
    const rows = hexRows(Uint8Array.from([...bytes('GET / HTTP/1.1\r\nHost: web\r\n')]), null);
    expect(rows.map(hexRowText)).toEqual([
      '0000  47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a  GET / HTTP/1.1..',
      '0010  48 6f 73 74 3a 20 77 65 62 0d 0a                 Host: web..',
    ]);
  });

  it('marks the highlighted range and the changed ranges, nothing else', () => {
    const rows = hexRows(new Uint8Array(20), { offset: 14, length: 4 }, [{ offset: 0, length: 2 }, { offset: 19, length: 1 }]);
    const cells = rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => c.highlighted).map((c) => c.index)).toEqual([14, 15, 16, 17]);
    expect(cells.filter((c) => c.changed).map((c) => c.index)).toEqual([0, 1, 19]);
  });

  it('dumps an encoded frame: destination MAC first, the IPv4 type at 12', () => {
    const frame = encodeFrame({
      eth: { src: '02:42:0a:00:01:03', dst: '02:42:0a:00:01:04' },
      ip: { src: '10.0.1.3', dst: '10.0.1.4', id: 1 },
      l4: { kind: 'icmp', type: 'echo-request', id: 1, seq: 1, payload: new Uint8Array(0) },
    });
    const rows = hexRows(frame, { offset: 12, length: 2 });
    expect(hexRowText(rows[0]!).slice(0, 53)).toBe('0000  02 42 0a 00 01 04 02 42 0a 00 01 03 08 00 45 00');
    expect(rows[0]!.cells.filter((c) => c.highlighted).map((c) => c.hex)).toEqual(['08', '00']);
    expect(rows.length).toBe(Math.ceil(frame.length / 16));
  });

  it('gives no rows for no bytes', () => {
    expect(hexRows(new Uint8Array(0), null)).toEqual([]);
  });
});
