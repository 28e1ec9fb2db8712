/*
 * Docker 29's CLI parses --subnet with Go's netip.ParsePrefix and prints its error as is. This
 * module only reproduces the wording of that error for IPv4 input (the checks run in Go's order);
 * the address itself is parsed with ipaddr.js.
 */

const quote = (s: string): string => JSON.stringify(s);

function ipv4Error(s: string): string | null {
  const fail = (msg: string, at?: string): string =>
    `ParseAddr(${quote(s)}): ${msg}${at === undefined ? '' : ` (at ${quote(at)})`}`;
  let val = 0;
  let fields = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch >= '0' && ch <= '9') {
      if (digits === 1 && val === 0) return fail('IPv4 field has octet with leading zero');
      val = val * 10 + Number(ch);
      digits++;
      if (val > 255) return fail('IPv4 field has value >255');
    } else if (ch === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') return fail('IPv4 field must have at least one digit', s.slice(i));
      if (fields === 3) return fail('IPv4 address too long');
      fields++;
      val = 0;
      digits = 0;
    } else {
      return fail('unexpected character', s.slice(i));
    }
  }
  return fields < 3 ? fail('IPv4 address too short') : null;
}

function addrError(s: string): string | null {
  for (const ch of s) {
    if (ch === '.') return ipv4Error(s);
    if (ch === ':') return null;
    if (ch === '%') return `ParseAddr(${quote(s)}): missing IPv6 address`;
  }
  return `ParseAddr(${quote(s)}): unable to parse IP`;
}

/**
 * The reason Go's netip.ParsePrefix gives for rejecting `text`, or null when it accepts it
 * (an IPv6 address part is left to the caller). Example: `goPrefixError('foo')` -> `"no '/'"`.
 */
export function goPrefixError(text: string): string | null {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return "no '/'";
  const addr = text.slice(0, slash);
  const bad = addrError(addr);
  if (bad) return bad;
  const bits = text.slice(slash + 1);
  // Go's strconv.Atoi rejects what overflows an int64; 18 digits always fit.
  if (!/^(0|[1-9][0-9]{0,17})$/.test(bits)) return `bad bits after slash: ${quote(bits)}`;
  const max = addr.includes(':') ? 128 : 32;
  return Number(bits) > max ? 'prefix length out of range' : null;
}
