import ipaddr from 'ipaddr.js';
import { formatIpv4, hex } from './address';
import { addField, addLayer, type DecodeContext, type Field } from './layer';

const TYPES: Record<number, string> = { 1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 12: 'PTR', 15: 'MX', 16: 'TXT', 28: 'AAAA', 33: 'SRV', 41: 'OPT' };
const RCODES: Record<number, string> = { 0: 'No error', 1: 'Format error', 2: 'Server failure', 3: 'No such name', 4: 'Not implemented', 5: 'Refused' };
const MAX_POINTER_JUMPS = 64;

class Malformed extends Error {}

/** Decodes a DNS message occupying [offset, end); false (and nothing added) when it does not parse. */
export function decodeDnsLayer(ctx: DecodeContext, offset: number, end: number): boolean {
  try {
    const fields = parseDns(ctx, offset, end);
    const layer = addLayer(ctx, 'DNS', offset, end);
    for (const f of fields) addField(layer, f.name, f.offset, f.length, f.display);
    return true;
  } catch (error) {
    if (error instanceof Malformed) return false;
    throw error;
  }
}

function parseDns(ctx: DecodeContext, offset: number, end: number): Field[] {
  const { view } = ctx;
  const u16 = (at: number) => {
    if (at + 2 > end) throw new Malformed();
    return view.getUint16(at);
  };
  const fields: Field[] = [];
  const field = (name: string, at: number, length: number, display: string) => fields.push({ name, offset: at, length, display });
  const flags = u16(offset + 2);
  const counts = [u16(offset + 4), u16(offset + 6), u16(offset + 8), u16(offset + 10)] as const;
  field('Transaction ID', offset, 2, `0x${hex(u16(offset), 4)}`);
  field('Flags', offset + 2, 2, flagsDisplay(flags));
  ['Questions', 'Answer RRs', 'Authority RRs', 'Additional RRs'].forEach((name, i) => field(name, offset + 4 + 2 * i, 2, String(counts[i])));
  let at = offset + 12;
  for (let i = 0; i < counts[0]; i++) {
    const [name, next] = readName(ctx, at, offset, end);
    const type = u16(next);
    field('Query', at, next + 4 - at, `${name}: type ${typeName(type)}, class ${classDisplay(u16(next + 2))}`);
    at = next + 4;
  }
  const sections = ['Answer', 'Authority', 'Additional'] as const;
  sections.forEach((section, s) => {
    for (let i = 0; i < (counts[s + 1] ?? 0); i++) {
      const [name, next] = readName(ctx, at, offset, end);
      const type = u16(next);
      const ttl = next + 8 <= end ? view.getUint32(next + 4) : 0;
      const rdLength = u16(next + 8);
      const rdata = next + 10;
      if (rdata + rdLength > end) throw new Malformed();
      const data = rdataDisplay(ctx, type, rdata, rdLength, offset, end);
      field(section, at, rdata + rdLength - at, `${name}: type ${typeName(type)}, class ${classDisplay(u16(next + 2))}, ttl ${ttl}${data}`);
      at = rdata + rdLength;
    }
  });
  return fields;
}

/** Reads a possibly compressed domain name at `at`; returns it and the offset just after it in place. */
function readName(ctx: DecodeContext, at: number, message: number, end: number): [string, number] {
  const labels: string[] = [];
  let cursor = at;
  let after = -1;
  for (let jumps = 0; jumps <= MAX_POINTER_JUMPS; ) {
    if (cursor >= end) throw new Malformed();
    const length = ctx.bytes[cursor] ?? 0;
    if (length === 0) return [labels.length ? labels.join('.') : '<Root>', after < 0 ? cursor + 1 : after];
    if ((length & 0xc0) === 0xc0) {
      if (cursor + 2 > end) throw new Malformed();
      if (after < 0) after = cursor + 2;
      cursor = message + (ctx.view.getUint16(cursor) & 0x3fff);
      jumps++;
      continue;
    }
    if (length & 0xc0 || cursor + 1 + length > end) throw new Malformed();
    labels.push(String.fromCharCode(...ctx.bytes.subarray(cursor + 1, cursor + 1 + length)));
    cursor += 1 + length;
  }
  throw new Malformed();
}

function rdataDisplay(ctx: DecodeContext, type: number, at: number, length: number, message: number, end: number): string {
  if (type === 1 && length === 4) return `, addr ${formatIpv4(ctx.bytes, at)}`;
  if (type === 28 && length === 16) return `, addr ${ipaddr.fromByteArray([...ctx.bytes.subarray(at, at + 16)]).toString()}`;
  if (type === 12 || type === 5) return `, ${readName(ctx, at, message, end)[0]}`;
  return '';
}

function flagsDisplay(flags: number): string {
  const response = (flags & 0x8000) !== 0;
  const parts = [response ? 'Standard query response' : 'Standard query'];
  if (response) parts.push(RCODES[flags & 0xf] ?? `Rcode ${flags & 0xf}`);
  const bits = [[0x0400, 'AA'], [0x0200, 'TC'], [0x0100, 'RD'], [0x0080, 'RA']] as const;
  const set = bits.filter(([bit]) => flags & bit).map(([, name]) => name);
  return `0x${hex(flags, 4)} ${parts.join(', ')}${set.length ? ` (${set.join(' ')})` : ''}`;
}

function typeName(type: number): string {
  return TYPES[type] ?? String(type);
}

function classDisplay(cls: number): string {
  return cls === 1 ? 'IN' : `0x${hex(cls, 4)}`;
}
