import { describe, expect, it } from 'vitest';
import { createdAgo, exitedAgo, humanDuration, taskStateAgo, upFor } from './humanDuration';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

describe('humanDuration (go-units HumanDuration, cases from its test suite)', () => {
  it.each([
    [450, 'Less than a second'],
    [-5 * SECOND, 'Less than a second'],
    [1 * SECOND, '1 second'],
    [1999, '1 second'],
    [45 * SECOND, '45 seconds'],
    [59 * SECOND, '59 seconds'],
    [60 * SECOND, 'About a minute'],
    [119 * SECOND, 'About a minute'],
    [3 * MINUTE, '3 minutes'],
    [35 * MINUTE + 40 * SECOND, '35 minutes'],
    [59 * MINUTE, '59 minutes'],
    [1 * HOUR, 'About an hour'],
    [1 * HOUR + 29 * MINUTE, 'About an hour'],
    [1 * HOUR + 30 * MINUTE, '2 hours'],
    [1 * HOUR + 31 * MINUTE, '2 hours'],
    [3 * HOUR + 29 * MINUTE, '3 hours'],
    [3 * HOUR + 31 * MINUTE, '4 hours'],
    [24 * HOUR, '24 hours'],
    [1 * DAY + 12 * HOUR, '36 hours'],
    [2 * DAY, '2 days'],
    [13 * DAY + 5 * HOUR, '13 days'],
    [2 * WEEK, '2 weeks'],
    [2 * WEEK + 4 * DAY, '2 weeks'],
    [1 * MONTH, '4 weeks'],
    [1 * MONTH + 2 * WEEK, '6 weeks'],
    [2 * MONTH, '2 months'],
    [5 * MONTH + 2 * WEEK, '5 months'],
    [24 * MONTH, '24 months'],
    [24 * MONTH + 2 * WEEK, '2 years'],
    [3 * YEAR + 2 * MONTH, '3 years'],
  ])('%i ms -> %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('docker column forms', () => {
  it('matches the seed: docker ps CREATED and STATUS, service ps CURRENT STATE', () => {
    expect(createdAgo(29 * SECOND + 400)).toBe('29 seconds ago');
    expect(upFor(29 * SECOND)).toBe('Up 29 seconds');
    expect(taskStateAgo('running', 25 * SECOND)).toBe('Running 25 seconds ago');
  });

  it('keeps go-units capitals in ps but lower-cases them in service ps', () => {
    expect(createdAgo(90 * SECOND)).toBe('About a minute ago');
    expect(upFor(300)).toBe('Up Less than a second');
    expect(taskStateAgo('running', 90 * SECOND)).toBe('Running about a minute ago');
    expect(taskStateAgo('SHUTDOWN', 300)).toBe('Shutdown less than a second ago');
    expect(exitedAgo(137, 5 * MINUTE)).toBe('Exited (137) 5 minutes ago');
  });
});
