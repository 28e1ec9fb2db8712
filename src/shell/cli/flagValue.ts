import type { FlagSpec, FlagValue } from './commandSpec';
import { formatGoDuration, parseGoDuration } from './goDuration';
import { table } from '../../sim/own';

const GO_BOOLS: Readonly<Record<string, boolean>> = table({ '1': true, t: true, T: true, TRUE: true, true: true, True: true, '0': false, f: false, F: false, FALSE: false, false: false, False: false });

/** The value a flag starts with. */
export function initialValue(flag: FlagSpec): FlagValue {
  if (flag.default !== undefined) return flag.default;
  switch (flag.type) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'int':
    case 'uint64':
    case 'duration':
      return 0;
    case 'map':
      return {};
    default:
      return [];
  }
}

/** pflag's DefValue: the default printed as the Go Value's String(). */
export function defValue(flag: FlagSpec): string {
  const v = initialValue(flag);
  switch (flag.type) {
    case 'duration':
      return formatGoDuration(v as number);
    case 'list':
      return (v as string[]).length === 0 ? '' : `[${(v as string[]).join(' ')}]`;
    case 'map': {
      const m = v as Record<string, string>;
      return `map[${Object.keys(m).sort().map((k) => `${k}:${m[k]}`).join(' ')}]`;
    }
    case 'stringArray':
    case 'stringSlice':
    case 'ipSlice':
    case 'ipNetSlice':
      return `[${(v as string[]).join(',')}]`;
    default:
      return String(v);
  }
}

/** pflag's defaultIsZeroValue: when true, help shows no `(default ...)`. */
export function defaultIsZero(flag: FlagSpec): boolean {
  const d = defValue(flag);
  switch (flag.type) {
    case 'bool':
      return d === 'false' || d === '';
    case 'duration':
      return d === '0' || d === '0s';
    case 'int':
    case 'uint64':
      return d === '0';
    case 'string':
      return d === '';
    case 'stringArray':
    case 'stringSlice':
      return d === '[]';
    default:
      return ['false', '<nil>', '', '0'].includes(d);
  }
}

/** Applies one occurrence of a flag, as the Go Value's Set would; `cause` is Go's error text. */
export function setFlag(flag: FlagSpec, current: FlagValue, raw: string, firstTime: boolean): FlagValue | { readonly cause: string } {
  const q = JSON.stringify(raw);
  switch (flag.type) {
    case 'bool':
      return GO_BOOLS[raw] ?? { cause: `strconv.ParseBool: parsing ${q}: invalid syntax` };
    case 'string':
      return raw;
    case 'int':
    case 'uint64':
      return parseGoInt(raw, flag.type === 'uint64');
    case 'duration': {
      const d = parseGoDuration(raw);
      return typeof d === 'number' ? d : { cause: d.error };
    }
    case 'list':
      return [...(current as string[]), raw];
    case 'filter': {
      // docker/cli opts.FilterOpt.Set
      if (raw === '') return current;
      const eq = raw.indexOf('=');
      if (eq < 0) return { cause: 'bad format of filter (expected name=value)' };
      return [...(current as string[]), `${raw.slice(0, eq).trim().toLowerCase()}=${raw.slice(eq + 1).trim()}`];
    }
    case 'stringArray':
      return firstTime ? [raw] : [...(current as string[]), raw];
    case 'stringSlice':
    case 'ipSlice':
    case 'ipNetSlice': {
      const items = raw === '' ? [] : raw.split(',');
      // pflag parses each item with net.ParseCIDR.
      const bad = flag.type === 'ipNetSlice' ? items.find((i) => !isCidr(i.trim())) : undefined;
      if (bad !== undefined) return { cause: `invalid CIDR address: ${bad.trim()}` };
      return firstTime ? items : [...(current as string[]), ...items];
    }
    case 'map': {
      const eq = raw.indexOf('=');
      const [k, v] = eq < 0 ? [raw, ''] : [raw.slice(0, eq), raw.slice(eq + 1)];
      return { ...(current as Record<string, string>), [k]: v };
    }
  }
}

/** Whether Go's net.ParseCIDR takes `s` as an IPv4 prefix (the playground speaks IPv4 only). */
function isCidr(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  return m !== null && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
}

/** strconv.ParseInt/ParseUint with base 0 (0x, 0o, 0b and leading-0 octal prefixes, `_` separators). */
function parseGoInt(raw: string, unsigned: boolean): number | { readonly cause: string } {
  const fn = unsigned ? 'ParseUint' : 'ParseInt';
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]*|0[bB][01_]+|[1-9][0-9_]*)$/.exec(raw);
  if (!m || (unsigned && m[1] !== '')) return { cause: `strconv.${fn}: parsing ${JSON.stringify(raw)}: invalid syntax` };
  const body = (m[2] as string).replace(/_/g, '');
  const value = /^0[0-7]/.test(body) ? parseInt(body.slice(1), 8) : body === '0' ? 0 : Number(body.replace(/^0[oO]/, '0o'));
  const signed = m[1] === '-' ? -value : value;
  const limit = unsigned ? 2 ** 64 : 2 ** 63;
  if (Math.abs(signed) >= limit) return { cause: `strconv.${fn}: parsing ${JSON.stringify(raw)}: value out of range` };
  return signed;
}
