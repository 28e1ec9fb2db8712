import { describe, expect, it } from 'vitest';
import { bytesToHex, formatIpv4, formatMac, hexToBytes, parseIpv4, parseMac } from './address';

describe('addresses', () => {
  it('parses and formats IPv4 and MAC addresses', () => {
    expect(bytesToHex(parseIpv4('10.0.0.6'))).toBe('0a 00 00 06');
    expect(formatIpv4(hexToBytes('ff c0 a8 63 64'), 1)).toBe('192.168.99.100');
    expect(bytesToHex(parseMac('02:42:0A:00:00:06'))).toBe('02 42 0a 00 00 06');
    expect(formatMac(hexToBytes('02 42 0a 00 00 06'))).toBe('02:42:0a:00:00:06');
  });

  it('rejects malformed input', () => {
    for (const bad of ['10.0.0', '10.0.0.256', '10.0.0.x', '1.2.3.4.5', '']) expect(() => parseIpv4(bad)).toThrow(`invalid IPv4 address: ${bad}`);
    for (const bad of ['02:42:0a:00:00', '02:42:0a:00:00:0g', '0242.0a00.0006']) expect(() => parseMac(bad)).toThrow(`invalid MAC address: ${bad}`);
    expect(() => hexToBytes('abc')).toThrow('invalid hex');
  });
});
