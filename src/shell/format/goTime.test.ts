import { describe, expect, it } from 'vitest';
import { GO_ZERO_TIME, GO_ZERO_TIME_MS, formatRfc3339Nano, goTimeString } from './goTime';

const SEED_CREATED_MS = Date.UTC(2017, 10, 9, 8, 14, 8, 731);

describe('formatRfc3339Nano', () => {
  it('prints the seed network Created timestamp from ms plus a nanosecond remainder', () => {
    expect(formatRfc3339Nano(SEED_CREATED_MS, 645101)).toBe('2017-11-09T08:14:08.731645101Z');
  });

  it('trims trailing zeros of the fraction and drops a zero fraction', () => {
    expect(formatRfc3339Nano(SEED_CREATED_MS, 645100)).toBe('2017-11-09T08:14:08.7316451Z');
    expect(formatRfc3339Nano(SEED_CREATED_MS)).toBe('2017-11-09T08:14:08.731Z');
    expect(formatRfc3339Nano(SEED_CREATED_MS - 731, 5)).toBe('2017-11-09T08:14:08.000000005Z');
    expect(formatRfc3339Nano(SEED_CREATED_MS - 731)).toBe('2017-11-09T08:14:08Z');
  });

  it('prints Go zero time', () => {
    expect(formatRfc3339Nano(GO_ZERO_TIME_MS)).toBe(GO_ZERO_TIME);
    expect(GO_ZERO_TIME).toBe('0001-01-01T00:00:00Z');
  });
});

describe('goTimeString', () => {
  it('prints like Go time.Time.String() in UTC', () => {
    expect(goTimeString(SEED_CREATED_MS, 645101)).toBe('2017-11-09 08:14:08.731645101 +0000 UTC');
    expect(goTimeString(SEED_CREATED_MS - 731)).toBe('2017-11-09 08:14:08 +0000 UTC');
  });
});
