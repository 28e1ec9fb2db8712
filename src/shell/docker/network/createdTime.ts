import { formatRfc3339Nano, GO_ZERO_TIME } from '../../format/goTime';

/**
 * A creation time as the daemon prints it: RFC 3339 with nanoseconds. Simulated times are often whole
 * seconds; then the fraction (1 ns to 1 s) is derived from the object's id, so it is stable and looks real.
 * A time with milliseconds keeps them and gets id-derived extra nanoseconds.
 */
export function createdTime(ms: number | null, id: string): string {
  if (ms === null) return GO_ZERO_TIME;
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  if (ms % 1000 !== 0) return formatRfc3339Nano(ms, (h % 999_999) + 1);
  const fraction = (h % 999_999_999) + 1;
  return formatRfc3339Nano(ms + Math.floor(fraction / 1_000_000), fraction % 1_000_000);
}
