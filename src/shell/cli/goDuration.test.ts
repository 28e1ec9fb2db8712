import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './goDuration';

describe('Go durations', () => {
  it('parses like time.ParseDuration', () => {
    expect(parseGoDuration('1m30s')).toBe(90e9);
    expect(parseGoDuration('1.5ms')).toBe(1.5e6);
    expect(parseGoDuration('-2h')).toBe(-7200e9);
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('x')).toEqual({ error: 'time: invalid duration "x"' });
    expect(parseGoDuration('10')).toEqual({ error: 'time: missing unit in duration "10"' });
    expect(parseGoDuration('1d')).toEqual({ error: 'time: unknown unit "d" in duration "1d"' });
  });

  it('formats like time.Duration.String', () => {
    expect([0, 500, 1500, 2.5e6, 5e9, 60e9, 90.5e9, 3600e9].map(formatGoDuration)).toEqual(['0s', '500ns', '1.5µs', '2.5ms', '5s', '1m0s', '1m30.5s', '1h0m0s']);
  });
});
