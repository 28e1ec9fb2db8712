import { parseIpv4 } from './address';

/** Docker's overlay SAs use rfc4106(gcm(aes)): 8-byte explicit IV, ICV of 64 bits. */
export const ESP_HEADER_LENGTH = 8;
export const ESP_IV_LENGTH = 8;
export const ESP_ICV_LENGTH = 8;

/** ESP header fields: Security Parameters Index and sequence number. */
export interface EspHeader {
  spi: number;
  seq: number;
}

/** What openEsp recovers from a sealed ESP payload. */
export interface EspOpened extends EspHeader {
  nextHeader: number;
  plaintext: Uint8Array;
}

/**
 * Seals plaintext (e.g. UDP + VXLAN + inner frame in transport mode, nextHeader 17) into
 * SPI | seq | IV | ciphertext(plaintext, padding 1,2,3.., pad length, next header) | ICV.
 * The "cipher" is a deterministic keystream from SPI and seq: opaque, reproducible, not secure.
 */
export function sealEsp(header: EspHeader, plaintext: Uint8Array, nextHeader: number): Uint8Array {
  // Plaintext + padding + 2 trailer bytes end on a 4-byte boundary (RFC 4106 needs no block alignment).
  const padLength = (4 - ((plaintext.length + 2) % 4)) % 4;
  const cipherLength = plaintext.length + padLength + 2;
  const out = new Uint8Array(ESP_HEADER_LENGTH + ESP_IV_LENGTH + cipherLength + ESP_ICV_LENGTH);
  const view = new DataView(out.buffer);
  view.setUint32(0, header.spi >>> 0);
  view.setUint32(4, header.seq >>> 0);
  view.setUint32(8, mix(header.spi, 0x1));
  view.setUint32(12, (mix(header.spi, 0x2) ^ header.seq) >>> 0);
  const start = ESP_HEADER_LENGTH + ESP_IV_LENGTH;
  out.set(plaintext, start);
  for (let i = 0; i < padLength; i++) out[start + plaintext.length + i] = i + 1;
  out[start + cipherLength - 2] = padLength;
  out[start + cipherLength - 1] = nextHeader;
  applyKeystream(out, start, start + cipherLength, header);
  out.set(icv(out, start + cipherLength), start + cipherLength);
  return out;
}

/** Reverses sealEsp; undefined when the ICV or the padding does not check out. */
export function openEsp(bytes: Uint8Array): EspOpened | undefined {
  const start = ESP_HEADER_LENGTH + ESP_IV_LENGTH;
  const end = bytes.length - ESP_ICV_LENGTH;
  if (end - start < 2) return undefined;
  const expected = icv(bytes, end);
  if (expected.some((b, i) => b !== bytes[end + i])) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const header = { spi: view.getUint32(0), seq: view.getUint32(4) };
  const clear = bytes.slice(0, end);
  applyKeystream(clear, start, end, header);
  const padLength = clear[end - 2] ?? 0;
  const nextHeader = clear[end - 1] ?? 0;
  const textEnd = end - 2 - padLength;
  if (textEnd < start) return undefined;
  for (let i = 0; i < padLength; i++) if (clear[textEnd + i] !== i + 1) return undefined;
  return { ...header, nextHeader, plaintext: clear.slice(start, textEnd) };
}

/**
 * SPI Docker derives for the SA from src to dst: FNV-1a 32 over src (16-byte IPv4-mapped, as Go's
 * net.ParseIP stores it), the key tag (big-endian uint32), then dst.
 */
export function dockerSpi(src: string, dst: string, keyTag: number): number {
  const mapped = (ip: string) => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...parseIpv4(ip)];
  const tag = [keyTag >>> 24, (keyTag >>> 16) & 0xff, (keyTag >>> 8) & 0xff, keyTag & 0xff];
  let h = 0x811c9dc5;
  for (const b of [...mapped(src), ...tag, ...mapped(dst)]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

function applyKeystream(bytes: Uint8Array, start: number, end: number, header: EspHeader): void {
  let state = mix(header.spi, header.seq) || 1;
  for (let i = start; i < end; i++) {
    // xorshift32, one byte of keystream per step.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = (bytes[i] ?? 0) ^ (state & 0xff);
  }
}

function icv(bytes: Uint8Array, end: number): Uint8Array {
  let a = 0x243f6a88;
  let b = 0x85a308d3;
  for (let i = 0; i < end; i++) {
    a = Math.imul(a ^ (bytes[i] ?? 0), 0x01000193);
    b = Math.imul(b ^ (bytes[i] ?? 0), 0x5bd1e995) ^ (b >>> 15);
  }
  const out = new Uint8Array(ESP_ICV_LENGTH);
  const view = new DataView(out.buffer);
  view.setUint32(0, mix(a, b));
  view.setUint32(4, mix(b, a));
  return out;
}

function mix(x: number, y: number): number {
  let h = Math.imul(x ^ 0x9e3779b9, 0x85ebca6b) ^ y;
  h ^= h >>> 16;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}
