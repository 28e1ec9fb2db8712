import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './address';
import { decodeDns, dnsQuery, dnsResponse, encodeDns, type DnsMessage } from './dns';

describe('DNS messages', () => {
  it('encodes a recursive A query for web', () => {
    expect(bytesToHex(encodeDns(dnsQuery(0x5c1e, 'web', 'A')))).toBe('5c 1e 01 00 00 01 00 00 00 00 00 00 03 77 65 62 00 00 01 00 01');
  });

  it('encodes the embedded server answer: RD+RA, not authoritative, TTL 600', () => {
    const answer = dnsResponse(dnsQuery(0x5c1e, 'web', 'A'), ['10.0.1.2']);
    expect(bytesToHex(encodeDns(answer))).toBe(
      '5c 1e 81 80 00 01 00 01 00 00 00 00 03 77 65 62 00 00 01 00 01 03 77 65 62 00 00 01 00 01 00 00 02 58 00 04 0a 00 01 02',
    );
  });

  it('puts the rcode in the low flag bits', () => {
    const query = dnsQuery(7, 'nope', 'A');
    expect(bytesToHex(encodeDns(dnsResponse(query, [], 'NXDOMAIN')).subarray(2, 4))).toBe('81 83');
    expect(bytesToHex(encodeDns(dnsResponse(query, [], 'SERVFAIL')).subarray(2, 4))).toBe('81 82');
  });

  it('round-trips A, AAAA and PTR messages and every rcode', () => {
    const messages: DnsMessage[] = [
      dnsQuery(1, 'tasks.web', 'A'),
      dnsResponse(dnsQuery(2, 'tasks.web', 'A'), ['10.0.1.4', '10.0.1.3', '10.0.1.5']),
      dnsResponse(dnsQuery(3, 'web', 'AAAA'), []),
      dnsResponse(dnsQuery(4, 'example.com', 'AAAA'), ['2606:2800:220:1:248:1893:25c8:1946']),
      dnsResponse(dnsQuery(5, '3.1.0.10.in-addr.arpa', 'PTR'), ['web.1.ka1s2v8x9nq0z3vxk4b1c7f2a.mynet']),
      dnsResponse(dnsQuery(6, 'nope', 'A'), [], 'NXDOMAIN'),
      dnsResponse(dnsQuery(7, 'example.com', 'A'), [], 'SERVFAIL'),
      { ...dnsQuery(8, 'web', 'A'), recursionDesired: false },
    ];
    for (const message of messages) expect(decodeDns(encodeDns(message))).toEqual(message);
  });

  it('decodes from a view into a larger buffer', () => {
    const bytes = encodeDns(dnsResponse(dnsQuery(9, 'web', 'A'), ['10.0.1.2']));
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    expect(decodeDns(padded.subarray(5, 5 + bytes.length)).answers).toEqual([{ name: 'web', type: 'A', ttl: 600, data: '10.0.1.2' }]);
  });

  it('refuses message types the playground does not model', () => {
    const mx = hexToBytes('00 01 01 00 00 01 00 00 00 00 00 00 03 77 65 62 00 00 0f 00 01');
    expect(() => decodeDns(mx)).toThrow('unsupported DNS question');
    const refused = hexToBytes('00 01 81 85 00 01 00 00 00 00 00 00 03 77 65 62 00 00 01 00 01');
    expect(() => decodeDns(refused)).toThrow('unsupported DNS rcode');
  });
});
