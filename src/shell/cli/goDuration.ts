import { table } from '../../sim/own';
const UNITS: Readonly<Record<string, number>> = table({ ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 });

/** Go's time.ParseDuration: nanoseconds, or Go's exact error text. */
export function parseGoDuration(text: string): number | { readonly error: string } {
  const invalid = { error: `time: invalid duration ${JSON.stringify(text)}` };
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s)?.[0] ?? '';
    if (num === '' || num === '.') return invalid;
    s = s.slice(num.length);
    const unit = /^[^\d.]*/.exec(s)?.[0] ?? '';
    if (unit === '') return { error: `time: missing unit in duration ${JSON.stringify(text)}` };
    const scale = UNITS[unit];
    if (scale === undefined) return { error: `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}` };
    total += Number(num) * scale;
    s = s.slice(unit.length);
  }
  return sign * Math.round(total);
}

/** Go's time.Duration.String: `0s`, `1.5ms`, `5s`, `1m30s`, `1h0m0s`. */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  const v = Math.abs(ns);
  if (v < 1e3) return `${sign}${v}ns`;
  if (v < 1e6) return `${sign}${decimal(v, 1e3)}µs`;
  if (v < 1e9) return `${sign}${decimal(v, 1e6)}ms`;
  const h = Math.floor(v / 3600e9);
  const m = Math.floor((v % 3600e9) / 60e9);
  const rest = `${decimal(v % 60e9, 1e9)}s`;
  return sign + (h > 0 ? `${h}h${m}m${rest}` : m > 0 ? `${m}m${rest}` : rest);
}

function decimal(v: number, unit: number): string {
  const whole = Math.floor(v / unit);
  const frac = String(v % unit).padStart(String(unit).length - 1, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
