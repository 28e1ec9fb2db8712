import { describe, expect, it } from 'vitest';
import { bytesToHex } from './address';
import { encodeIcmp, ICMP_ERROR_QUOTE_LIMIT, pingPayload } from './icmp';

describe('pingPayload', () => {
  it('is a timeval (seconds, microseconds; little-endian 64-bit) then bytes 0x10..0x37', () => {
    const payload = pingPayload(1_500_000_000_250_000_999n);
    expect(payload.length).toBe(56);
    expect(bytesToHex(payload.subarray(0, 16))).toBe('00 2f 68 59 00 00 00 00 90 d0 03 00 00 00 00 00');
    expect(Array.from(payload.subarray(16))).toEqual(Array.from({ length: 40 }, (_, i) => 0x10 + i));
    expect(pingPayload(2_500_000_999)).toEqual(pingPayload(2_500_000_999n));
    expect(bytesToHex(pingPayload(2_500_000_999).subarray(0, 16))).toBe('02 00 00 00 00 00 00 00 20 a1 07 00 00 00 00 00');
  });
});

describe('encodeIcmp', () => {
  it('encodes an echo reply with type 0 and the default payload', () => {
    const reply = encodeIcmp({ kind: 'icmp', type: 'echo-reply', id: 0x1234, seq: 0x0102 });
    expect(bytesToHex(reply.subarray(0, 8))).toBe(`00 00 ${bytesToHex(reply.subarray(2, 4))} 12 34 01 02`);
    expect(reply.subarray(8)).toEqual(pingPayload(0));
  });

  it('encodes fragmentation needed with the next-hop MTU and a bounded quote', () => {
    const original = new Uint8Array(1500).fill(0xab);
    const message = encodeIcmp({ kind: 'icmp', type: 'frag-needed', mtu: 1450, original });
    expect(bytesToHex(message.subarray(0, 2))).toBe('03 04');
    expect(bytesToHex(message.subarray(4, 8))).toBe('00 00 05 aa');
    expect(message.length).toBe(8 + ICMP_ERROR_QUOTE_LIMIT);
  });
});
