/** A dotted IPv4 address ("10.0.0.6") as an unsigned 32-bit number; throws on malformed input. No allocation. */
export function ipv4ToUint32(address: string): number {
  let n = 0;
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= address.length; i++) {
    const c = i < address.length ? address.charCodeAt(i) : 46; // a final '.' closes the last part
    if (c >= 48 && c <= 57 && digits < 3) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && digits > 0 && value <= 255 && part < 4) {
      n = n * 256 + value;
      part++;
      value = 0;
      digits = 0;
    } else throw new Error(`invalid IPv4 address: ${address}`);
  }
  if (part !== 4) throw new Error(`invalid IPv4 address: ${address}`);
  return n;
}

/** Writes a dotted IPv4 address as 4 bytes at `offset` of `out`; throws on malformed input. */
export function writeIpv4(out: Uint8Array, offset: number, address: string): void {
  const n = ipv4ToUint32(address);
  out[offset] = n >>> 24;
  out[offset + 1] = (n >>> 16) & 0xff;
  out[offset + 2] = (n >>> 8) & 0xff;
  out[offset + 3] = n & 0xff;
}

/** Parses a dotted IPv4 address ("10.0.0.6") into 4 new bytes; throws on malformed input. */
export function parseIpv4(address: string): Uint8Array {
  const bytes = new Uint8Array(4);
  writeIpv4(bytes, 0, address);
  return bytes;
}

/** Formats 4 bytes at offset as a dotted IPv4 address. */
export function formatIpv4(bytes: Uint8Array, offset = 0): string {
  return `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`;
}

/** Writes a colon-separated MAC address as 6 bytes at `offset` of `out`; throws on malformed input. */
export function writeMac(out: Uint8Array, offset: number, mac: string): void {
  if (mac.length !== 17) throw new Error(`invalid MAC address: ${mac}`);
  for (let i = 0; i < 6; i++) {
    const hi = hexDigit(mac.charCodeAt(i * 3));
    const lo = hexDigit(mac.charCodeAt(i * 3 + 1));
    if (hi < 0 || lo < 0 || (i < 5 && mac.charCodeAt(i * 3 + 2) !== 58)) throw new Error(`invalid MAC address: ${mac}`);
    out[offset + i] = hi * 16 + lo;
  }
}

/** Parses a colon-separated MAC address ("02:42:0a:00:00:06") into 6 new bytes; throws on malformed input. */
export function parseMac(mac: string): Uint8Array {
  const bytes = new Uint8Array(6);
  writeMac(bytes, 0, mac);
  return bytes;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Formats 6 bytes at offset as a lower-case colon-separated MAC address. */
export function formatMac(bytes: Uint8Array, offset = 0): string {
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(hex(bytes[offset + i] ?? 0, 2));
  return parts.join(':');
}

/** Lower-case hex of value, zero-padded to digits. */
export function hex(value: number, digits: number): string {
  return (value >>> 0).toString(16).padStart(digits, '0');
}

/** Concatenates byte arrays into one new array. */
export function concatBytes(...chunks: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Bytes as lower-case hex pairs joined by separator: "08 00 00 00". */
export function bytesToHex(bytes: Uint8Array, separator = ' '): string {
  return Array.from(bytes, (b) => hex(b, 2)).join(separator);
}

/** Parses hex pairs, ignoring whitespace: "08 00" -> [8, 0]. */
export function hexToBytes(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(clean)) throw new Error('invalid hex');
  return Uint8Array.from(clean.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}
