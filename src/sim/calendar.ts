/* eslint-disable no-restricted-globals -- the one place src/sim and src/shell touch Date: pure conversions of milliseconds they are given, never the clock. */

/** Milliseconds since the epoch of a UTC calendar time (months from 0, as Date.UTC). */
export const utcMs = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number => Date.UTC(year, month, day, hours, minutes, seconds);

/** Milliseconds since the epoch of an ISO 8601 text (NaN when it is none). */
export const parseIsoMs = (text: string): number => Date.parse(text);

/** `2017-11-09T08:14:08.731Z` for years 0-9999. */
export const isoOf = (ms: number): string => new Date(ms).toISOString();

/** `Thu, 09 Nov 2017 08:14:08 GMT`, as HTTP's Date header writes it. */
export const httpDateOf = (ms: number): string => new Date(ms).toUTCString();

/** The UTC calendar fields of a time. */
export function utcFields(ms: number) {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay(), hours: d.getUTCHours(), minutes: d.getUTCMinutes(), seconds: d.getUTCSeconds() };
}
