import { describe, expect, it } from 'vitest';
import { bytesSize } from './bytesSize';

describe('bytesSize (go-units BytesSize)', () => {
  it('keeps four significant digits in binary units', () => {
    expect([0, 1023, 1536, 512 * 1024 ** 2, 1044123648, 1024 ** 3, 5 * 1024 ** 5].map(bytesSize)).toEqual([
      '0B', '1023B', '1.5KiB', '512MiB', '995.8MiB', '1GiB', '5120TiB',
    ]);
  });
});
