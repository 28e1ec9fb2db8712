/** Parsed addresses, shared: callers only read them (copy before changing one). Bounded, cleared when full. */
const parsedIps = new Map<string, Uint8Array>();
const parsedMacs = new Map<string, Uint8Array>();
function remember(cache: Map<string, Uint8Array>, key: string, bytes: Uint8Array): Uint8Array {
  if (cache.size > 4096) cache.clear();
  cache.set(key, bytes);
  return bytes;
}

/** Parses a dotted IPv4 address ("10.0.0.6") into 4 bytes (read-only: copy before changing); throws on malformed input. */
export function parseIpv4(address: string): Uint8Array {
  return parsedIps.get(address) ?? remember(parsedIps, address, parseIpv4Fresh(address));
}

function parseIpv4Fresh(address: string): Uint8Array {
  const parts = address.split('.');
  if (parts.length !== 4) throw new Error(`invalid IPv4 address: ${address}`);
  const bytes = new Uint8Array(4);
  parts.forEach((part, i) => {
    const value = Number(part);
    if (!/^\d{1,3}$/.test(part) || value > 255) throw new Error(`invalid IPv4 address: ${address}`);
    bytes[i] = value;
  });
  return bytes;
}

/** Formats 4 bytes at offset as a dotted IPv4 address. */
export function formatIpv4(bytes: Uint8Array, offset = 0): string {
  return `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`;
}

/** Parses a colon-separated MAC address ("02:42:0a:00:00:06") into 6 bytes (read-only: copy before changing); throws on malformed input. */
export function parseMac(mac: string): Uint8Array {
  return parsedMacs.get(mac) ?? remember(parsedMacs, mac, parseMacFresh(mac));
}

function parseMacFresh(mac: string): Uint8Array {
  const parts = mac.split(':');
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{2}$/.test(p))) {
    throw new Error(`invalid MAC address: ${mac}`);
  }
  return Uint8Array.from(parts, (p) => parseInt(p, 16));
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
