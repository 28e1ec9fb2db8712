import { describe, expect, it } from 'vitest';
import { hexToBytes } from './address';
import { internetChecksum, onesSum, pseudoHeaderSum } from './checksum';

describe('internetChecksum', () => {
  it('matches the RFC 1071 section 3 example (sum ddf2)', () => {
    const bytes = hexToBytes('00 01 f2 03 f4 f5 f6 f7');
    expect(onesSum(bytes)).toBe(0x2ddf0);
    expect(internetChecksum(bytes)).toBe(0x220d);
  });

  it('pads an odd trailing byte with zero', () => {
    expect(internetChecksum(hexToBytes('01'))).toBe(0xfeff);
    expect(internetChecksum(hexToBytes('00 01 f2'))).toBe(internetChecksum(hexToBytes('00 01 f2 00')));
  });

  it('yields zero when the data already carries its checksum', () => {
    const bytes = hexToBytes('45 00 00 54 00 00 40 00 40 01 00 00 0a 00 00 03 0a 00 00 06');
    const sum = internetChecksum(bytes);
    bytes[10] = sum >> 8;
    bytes[11] = sum & 0xff;
    expect(internetChecksum(bytes)).toBe(0);
  });

  it('checksums a sub-range with an initial partial sum', () => {
    const bytes = hexToBytes('ff ff 00 01 f2 03 f4 f5 f6 f7 ff');
    expect(internetChecksum(bytes, 0, 2, 10)).toBe(0x220d);
    expect(internetChecksum(hexToBytes('00 01'), 0xfffe)).toBe(0);
  });
});

describe('pseudoHeaderSum', () => {
  it('sums source, destination, protocol and length words', () => {
    // 0a00 + 0103 + 7f00 + 000b + 0011 + 0020
    expect(pseudoHeaderSum('10.0.1.3', '127.0.0.11', 17, 32)).toBe(0x0a00 + 0x0103 + 0x7f00 + 0x000b + 17 + 32);
  });
});
