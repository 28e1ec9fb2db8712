import { formatRfc3339Nano, GO_ZERO_TIME } from '../../format/goTime';

/**
 * A creation time as the daemon prints it: RFC 3339 with nanoseconds. The simulation keeps milliseconds,
 * so the extra nanoseconds (0-999999) are derived from the object's id: stable, and never all zeros.
 */
export function createdTime(ms: number | null, id: string): string {
  if (ms === null) return GO_ZERO_TIME;
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return formatRfc3339Nano(ms, (h % 999_999) + 1);
}
