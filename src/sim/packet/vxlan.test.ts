import { describe, expect, it } from 'vitest';
import { bytesToHex } from './address';
import { encodeVxlan } from './vxlan';

describe('encodeVxlan', () => {
  it('puts flags 0x08 and the 24-bit VNI in 8 bytes', () => {
    expect(bytesToHex(encodeVxlan(4097))).toBe('08 00 00 00 00 10 01 00');
    expect(bytesToHex(encodeVxlan(4096))).toBe('08 00 00 00 00 10 00 00');
    expect(bytesToHex(encodeVxlan(0xffffff))).toBe('08 00 00 00 ff ff ff 00');
  });

  it('rejects VNIs that do not fit 24 bits', () => {
    expect(() => encodeVxlan(0x1000000)).toThrow('invalid VNI: 16777216');
    expect(() => encodeVxlan(-1)).toThrow('invalid VNI: -1');
  });
});
