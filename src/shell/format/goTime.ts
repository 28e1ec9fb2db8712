import { isoOf } from '../../sim/calendar';

/** Go's zero time.Time as JSON: `0001-01-01T00:00:00Z` (a swarm network's Created before it is allocated). */
export const GO_ZERO_TIME = '0001-01-01T00:00:00Z';

/** Milliseconds since the Unix epoch of 0001-01-01T00:00:00Z, Go's zero time. */
export const GO_ZERO_TIME_MS = -62135596800000;

function split(ms: number, nanos: number): { base: string; fraction: string } {
  const wholeMs = Math.floor(ms);
  const iso = isoOf(wholeMs); // YYYY-MM-DDTHH:MM:SS.mmmZ for years 0-9999
  const nanosOfSecond = (((wholeMs % 1000) + 1000) % 1000) * 1_000_000 + nanos;
  const fraction = nanosOfSecond === 0 ? '' : '.' + String(nanosOfSecond).padStart(9, '0').replace(/0+$/, '');
  return { base: iso.slice(0, 19), fraction };
}

/**
 * RFC 3339 with nanoseconds, trailing zeros trimmed, as Go's time.Time.MarshalJSON writes a UTC time.
 * `ms` is milliseconds since the epoch, `nanos` the extra nanoseconds (0-999999).
 * Example: formatRfc3339Nano(1510215248731, 645101) === '2017-11-09T08:14:08.731645101Z'
 */
export function formatRfc3339Nano(ms: number, nanos = 0): string {
  const { base, fraction } = split(ms, nanos);
  return `${base}${fraction}Z`;
}

/** Go's time.Time.String() of a UTC time: "2017-11-09 08:14:08.731645101 +0000 UTC" (`{{.CreatedAt}}`). */
export function goTimeString(ms: number, nanos = 0): string {
  const { base, fraction } = split(ms, nanos);
  return `${base.replace('T', ' ')}${fraction} +0000 UTC`;
}
