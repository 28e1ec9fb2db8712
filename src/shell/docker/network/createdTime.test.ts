import { describe, expect, it } from 'vitest';
import { createdTime } from './createdTime';

describe('createdTime', () => {
  it('prints Go zero time for a network not yet allocated', () => {
    expect(createdTime(null, 'abc')).toBe('0001-01-01T00:00:00Z');
  });

  it('gives whole seconds a stable id-derived fraction and keeps given milliseconds', () => {
    const whole = Date.parse('2017-11-09T08:14:08Z');
    expect(createdTime(whole, 'fvyh0us5pkb50dd0qbk4z8537')).toBe(createdTime(whole, 'fvyh0us5pkb50dd0qbk4z8537'));
    expect(createdTime(whole, 'fvyh0us5pkb50dd0qbk4z8537')).toMatch(/^2017-11-09T08:14:08\.\d{1,9}Z$/);
    expect(createdTime(whole, 'a')).not.toBe(createdTime(whole, 'b'));
    expect(createdTime(whole + 731, 'x')).toMatch(/^2017-11-09T08:14:08\.731\d{0,6}Z$/);
  });
});
