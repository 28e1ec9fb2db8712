/**
 * A value as Go's encoding/json sees it. Plain objects are structs: keys in insertion order,
 * undefined fields left out (like `omitempty`). A Map is a Go map: keys sorted. Integer-like
 * keys must go in a Map, since JS objects move them to the front.
 */
export type GoJsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | readonly GoJsonValue[]
  | ReadonlyMap<string, GoJsonValue>
  | { readonly [key: string]: GoJsonValue | undefined };

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t',
};

const hex4 = (code: number): string => '\\u' + code.toString(16).padStart(4, '0');

/** Quotes a string like Go's encoding/json; escapeHTML turns <, > and & into \u003c, \u003e, \u0026. */
export function quoteGoJson(text: string, escapeHTML = true): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const code = text.charCodeAt(i);
    if (SHORT_ESCAPES[char] !== undefined) out += SHORT_ESCAPES[char];
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += hex4(code);
    else if (escapeHTML && (char === '<' || char === '>' || char === '&')) out += hex4(code);
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += char + text[i + 1]!;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd'; // lone surrogate: invalid UTF-8 in Go
    else out += char;
  }
  return out + '"';
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function formatNumber(value: number | bigint): string {
  if (typeof value === 'bigint') return value.toString();
  if (!Number.isFinite(value)) throw new Error(`json: unsupported value: ${value}`);
  // JS and Go (float64, 'f' unless exponent < -6 or >= 21) agree on the shortest form.
  return Object.is(value, -0) ? '-0' : String(value);
}

function entriesOf(value: GoJsonValue): [string, GoJsonValue][] | null {
  if (value instanceof Map) return [...value.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  return Object.entries(value as Record<string, GoJsonValue | undefined>).filter(
    (entry): entry is [string, GoJsonValue] => entry[1] !== undefined,
  );
}

interface Layout {
  indent: string | null;
  escapeHTML: boolean;
}

function encode(value: GoJsonValue, depth: number, layout: Layout): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number' || typeof value === 'bigint') return formatNumber(value);
  if (typeof value === 'string') return quoteGoJson(value, layout.escapeHTML);
  const items: string[] = [];
  let open = '[';
  let close = ']';
  if (Array.isArray(value)) {
    for (const item of value as readonly GoJsonValue[]) items.push(encode(item, depth + 1, layout));
  } else {
    open = '{';
    close = '}';
    const colon = layout.indent === null ? ':' : ': ';
    for (const [key, item] of entriesOf(value) ?? []) {
      items.push(quoteGoJson(key, layout.escapeHTML) + colon + encode(item, depth + 1, layout));
    }
  }
  if (items.length === 0) return open + close;
  if (layout.indent === null) return open + items.join(',') + close;
  const inner = '\n' + layout.indent.repeat(depth + 1);
  return open + inner + items.join(',' + inner) + '\n' + layout.indent.repeat(depth) + close;
}

/** Go's json.MarshalIndent(value, "", indent), as `docker inspect` prints (HTML-escaped, 4 spaces). */
export function marshalIndent(value: GoJsonValue, indent = '    '): string {
  return encode(value, 0, { indent, escapeHTML: true });
}

/** Go's compact JSON; docker's `{{json .}}` template function turns HTML escaping off. */
export function marshalCompact(value: GoJsonValue, escapeHTML = true): string {
  return encode(value, 0, { indent: null, escapeHTML });
}
