import dnsPacket from 'dns-packet';
import { Buffer } from 'buffer';

/** Record types the embedded DNS server answers. */
export type DnsType = 'A' | 'AAAA' | 'PTR';
export type DnsRcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
/** TTL of every answer from Docker's embedded DNS server, in seconds. */
export const DNS_TTL = 600;
export const DNS_PORT = 53;

const RCODES: Record<DnsRcode, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 };
const FLAG_RD = 0x0100;
const FLAG_RA = 0x0080;

export interface DnsRecord {
  name: string;
  type: DnsType;
  /** Seconds. */
  ttl: number;
  /** Dotted address for A, IPv6 text for AAAA, domain name for PTR. */
  data: string;
}

/** A DNS message with one question, as the playground's resolvers exchange them. */
export interface DnsMessage {
  kind: 'dns';
  id: number;
  response: boolean;
  recursionDesired: boolean;
  recursionAvailable: boolean;
  rcode: DnsRcode;
  question: { name: string; type: DnsType };
  answers: DnsRecord[];
}

/** A recursive query for name, e.g. dnsQuery(0x1a2b, 'web', 'A'). */
export function dnsQuery(id: number, name: string, type: DnsType): DnsMessage {
  return { kind: 'dns', id, response: false, recursionDesired: true, recursionAvailable: false, rcode: 'NOERROR', question: { name, type }, answers: [] };
}

/** The embedded server's answer to query: RD echoed, RA set, not authoritative, TTL 600. */
export function dnsResponse(query: DnsMessage, data: string[], rcode: DnsRcode = 'NOERROR'): DnsMessage {
  const { name, type } = query.question;
  return {
    ...query,
    response: true,
    recursionAvailable: true,
    rcode,
    answers: data.map((d) => ({ name, type, ttl: DNS_TTL, data: d })),
  };
}

/** Encodes a DNS message to wire bytes (via dns-packet). */
export function encodeDns(message: DnsMessage): Uint8Array {
  const flags = (message.recursionDesired ? FLAG_RD : 0) | (message.recursionAvailable ? FLAG_RA : 0) | RCODES[message.rcode];
  const bytes = dnsPacket.encode({
    type: message.response ? 'response' : 'query',
    id: message.id,
    flags,
    questions: [{ name: message.question.name, type: message.question.type, class: 'IN' }],
    answers: message.answers.map((a) => ({ name: a.name, type: a.type, class: 'IN' as const, ttl: a.ttl, data: a.data })),
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Decodes wire bytes into a DnsMessage; throws if the message is malformed or uses other types or rcodes. */
export function decodeDns(bytes: Uint8Array): DnsMessage {
  const packet = dnsPacket.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
  const question = packet.questions?.[0];
  if (!question || !isDnsType(question.type)) throw new Error('unsupported DNS question');
  const rcode = (Object.keys(RCODES) as DnsRcode[]).find((r) => RCODES[r] === ((packet.flags ?? 0) & 0xf));
  if (!rcode) throw new Error('unsupported DNS rcode');
  const answers: DnsRecord[] = [];
  for (const a of packet.answers ?? []) {
    if (a.type !== 'A' && a.type !== 'AAAA' && a.type !== 'PTR') throw new Error(`unsupported DNS answer type ${a.type}`);
    answers.push({ name: a.name, type: a.type, ttl: a.ttl ?? 0, data: a.data });
  }
  return {
    kind: 'dns',
    id: packet.id ?? 0,
    response: packet.type === 'response',
    recursionDesired: packet.flag_rd,
    recursionAvailable: packet.flag_ra,
    rcode,
    question: { name: question.name, type: question.type },
    answers,
  };
}

function isDnsType(type: string): type is DnsType {
  return type === 'A' || type === 'AAAA' || type === 'PTR';
}
