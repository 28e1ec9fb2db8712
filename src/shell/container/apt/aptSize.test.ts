import { describe, expect, test } from 'vitest';
import { aptSize } from './aptSize';

describe("apt's SizeToStr in the C locale", () => {
  test.each([
    [0, '0 '],
    [9456, '9456 '],
    [12_380, '12.4 k'],
    [91_122, '91.1 k'],
    [1_808_000, '1808 k'],
    [9_999_000, '9999 k'],
    [10_000_000, '10.0 M'],
    [19_300_000, '19.3 M'],
    [35_864_000, '35.9 M'],
    [449_000_000, '449 M'],
  ])('%d bytes print as "%sB"', (bytes, shown) => expect(aptSize(bytes)).toBe(shown));
});
