import { marshalCompact, type GoJsonValue } from './goJson';
import { formatGoValue, goTypeName, isGoMap, isTrue, mapGet, sortedEntries, type GoValue } from './goValue';

/** A failure inside a function: Go reports it as `error calling NAME: MESSAGE`. */
export class CallError extends Error {}
/** A bad argument: Go reports the message as is, at the argument (0-based `index`). */
export class ArgError extends Error {
  constructor(message: string, readonly index: number) {
    super(message);
  }
}

/** A template function: a fixed arity, or a minimum count when variadic. */
export interface TemplateFunc {
  arity: number;
  variadic?: boolean;
  call: (args: GoValue[]) => GoValue;
}

const str = (value: GoValue, index: number): string => {
  if (typeof value !== 'string') throw new ArgError(`wrong type for value; expected string; got ${goTypeName(value)}`, index);
  return value;
};
const int = (value: GoValue, index: number): number => {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ArgError(`wrong type for value; expected int; got ${goTypeName(value)}`, index);
  }
  return value;
};
const fixed = (arity: number, call: (args: GoValue[]) => GoValue): TemplateFunc => ({ arity, call });
const variadic = (arity: number, call: (args: GoValue[]) => GoValue): TemplateFunc => ({ arity, variadic: true, call });

function isSeparator(char: string): boolean {
  if (char.charCodeAt(0) < 0x80) return !/[A-Za-z0-9_]/.test(char);
  if (/[\p{L}\p{Nd}]/u.test(char)) return false;
  return /\s/u.test(char);
}

/** Go's deprecated strings.Title: upper-cases each letter that follows a separator. */
export function goTitle(text: string): string {
  let prev = ' ';
  let out = '';
  for (const char of text) {
    out += isSeparator(prev) ? char.toUpperCase() : char;
    prev = char;
  }
  return out;
}

function basicKind(value: GoValue): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'object') throw new CallError(`non-comparable type ${formatGoValue(value)}: ${goTypeName(value)}`);
  return typeof value === 'bigint' ? 'number' : typeof value;
}

function compare(a: GoValue, b: GoValue): number {
  const kind = basicKind(a);
  if (kind !== basicKind(b)) throw new CallError('incompatible types for comparison');
  if (kind !== 'number' && kind !== 'string') throw new CallError(`invalid type for comparison`);
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function index(args: GoValue[]): GoValue {
  let item = args[0];
  for (let i = 1; i < args.length; i++) {
    const key = args[i];
    if (item === null || item === undefined) throw new CallError('index of untyped nil');
    if (Array.isArray(item)) {
      if (typeof key !== 'number' || !Number.isInteger(key)) throw new CallError(`cannot index slice/array with type ${goTypeName(key)}`);
      if (key < 0 || key >= item.length) throw new CallError(`index out of range: ${key}`);
      item = (item as readonly GoValue[])[key];
    } else if (isGoMap(item)) {
      const entries = sortedEntries(item);
      const found = mapGet(item, str(key, i));
      // A missing key yields the element type's zero value; maps of strings (Options, Labels) give "".
      item = found !== undefined ? found : entries.every(([, v]) => typeof v === 'string') ? '' : null;
    } else {
      throw new CallError(`can't index item of type ${goTypeName(item)}`);
    }
  }
  return item;
}

function length(value: GoValue): number {
  if (value === null || value === undefined) throw new CallError('len of nil pointer');
  if (typeof value === 'string') return new TextEncoder().encode(value).length;
  if (Array.isArray(value)) return value.length;
  if (isGoMap(value)) return sortedEntries(value).length;
  throw new CallError(`len of type ${goTypeName(value)}`);
}

// fmt.Sprint puts a space between operands when neither is a string.
function sprint(args: GoValue[]): string {
  return args.reduce<string>((out, arg, i) => {
    const spaced = i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string';
    return out + (spaced ? ' ' : '') + formatGoValue(arg);
  }, '');
}

function sprintf(format: string, args: GoValue[]): string {
  let next = 0;
  return format.replace(/%([-+# 0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g, (_, flags: string, width: string, precision: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (next >= args.length) return `%!${verb}(MISSING)`;
    const arg = args[next++];
    let text = verb === 'q' ? JSON.stringify(formatGoValue(arg)) : formatGoValue(arg);
    if (verb === 'd' && typeof arg !== 'number') text = `%!d(${goTypeName(arg)}=${formatGoValue(arg)})`;
    if (precision !== undefined && verb === 's') text = [...text].slice(0, Number(precision)).join('');
    const pad = Math.max(0, Number(width || 0) - [...text].length);
    return flags.includes('-') ? text + ' '.repeat(pad) : ' '.repeat(pad) + text;
  });
}

/** Go's text/template builtins (the subset docker users need). */
export const BUILTINS: Readonly<Record<string, TemplateFunc>> = {
  and: variadic(1, (args) => args.find((a) => !isTrue(a)) ?? args.at(-1)),
  or: variadic(1, (args) => args.find((a) => isTrue(a)) ?? args.at(-1)),
  not: fixed(1, ([a]) => !isTrue(a)),
  len: fixed(1, ([a]) => length(a)),
  index: variadic(1, index),
  print: variadic(0, sprint),
  println: variadic(0, (args) => args.map(formatGoValue).join(' ') + '\n'),
  printf: variadic(1, ([format, ...rest]) => sprintf(str(format, 0), rest)),
  eq: variadic(1, ([a, ...rest]) => {
    if (rest.length === 0) throw new CallError('missing argument for comparison');
    return rest.some((b) => compareEq(a, b));
  }),
  ne: fixed(2, ([a, b]) => !compareEq(a, b)),
  lt: fixed(2, ([a, b]) => compare(a, b) < 0),
  le: fixed(2, ([a, b]) => compare(a, b) <= 0),
  gt: fixed(2, ([a, b]) => compare(a, b) > 0),
  ge: fixed(2, ([a, b]) => compare(a, b) >= 0),
};

function compareEq(a: GoValue, b: GoValue): boolean {
  if (basicKind(a) !== basicKind(b)) throw new CallError('incompatible types for comparison');
  return a === b || (a == null && b == null);
}

const joinable = (value: GoValue): string[] => {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new ArgError(`wrong type for value; expected []string; got ${goTypeName(value)}`, 0);
  }
  return value as string[];
};

/** docker/cli's template functions (templates.basicFunctions). */
export const DOCKER_FUNCS: Readonly<Record<string, TemplateFunc>> = {
  json: fixed(1, ([v]) => marshalCompact((v ?? null) as GoJsonValue, false)),
  split: fixed(2, ([s, sep]) => splitGo(str(s, 0), str(sep, 1))),
  join: fixed(2, ([list, sep]) => joinable(list).join(str(sep, 1))),
  title: fixed(1, ([s]) => goTitle(str(s, 0))),
  lower: fixed(1, ([s]) => str(s, 0).toLowerCase()),
  upper: fixed(1, ([s]) => str(s, 0).toUpperCase()),
  pad: fixed(3, ([s, prefix, suffix]) => (str(s, 0) === '' ? '' : ' '.repeat(int(prefix, 1)) + str(s, 0) + ' '.repeat(int(suffix, 2)))),
  truncate: fixed(2, ([s, n]) => [...str(s, 0)].slice(0, int(n, 1)).join('')),
};

/** docker/cli's HeaderFunctions: in a table header these return the header text untouched (pad is kept). */
export const HEADER_FUNCS: Readonly<Record<string, TemplateFunc>> = {
  json: fixed(1, ([v]) => v),
  split: fixed(2, ([v]) => v),
  join: fixed(2, ([v]) => v),
  title: fixed(1, ([v]) => v),
  lower: fixed(1, ([v]) => v),
  upper: fixed(1, ([v]) => v),
  truncate: fixed(2, ([v]) => v),
};

// Go's strings.Split: an empty separator splits into UTF-8 sequences (code points).
function splitGo(s: string, sep: string): string[] {
  return sep === '' ? [...s] : s.split(sep);
}
