import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './address';
import { dockerSpi, ESP_ICV_LENGTH, openEsp, sealEsp } from './esp';

describe('sealEsp / openEsp', () => {
  it('lays out SPI, sequence, IV, ciphertext with a 4-byte aligned trailer, and an 8-byte ICV', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100]) {
      const plaintext = Uint8Array.from({ length }, (_, i) => i);
      const sealed = sealEsp({ spi: 0xdeadbeef, seq: 42 }, plaintext, 17);
      expect(bytesToHex(sealed.subarray(0, 8))).toBe('de ad be ef 00 00 00 2a');
      const cipher = sealed.length - 16 - ESP_ICV_LENGTH;
      expect(cipher % 4).toBe(0);
      expect(cipher - length - 2).toBeLessThan(4);
      expect(openEsp(sealed)).toEqual({ spi: 0xdeadbeef, seq: 42, nextHeader: 17, plaintext });
    }
  });

  it('is deterministic, and differs per sequence number', () => {
    const plaintext = hexToBytes('01 02 03 04 05 06 07 08 09 0a');
    expect(sealEsp({ spi: 1, seq: 1 }, plaintext, 17)).toEqual(sealEsp({ spi: 1, seq: 1 }, plaintext, 17));
    expect(bytesToHex(sealEsp({ spi: 1, seq: 2 }, plaintext, 17).subarray(16))).not.toBe(
      bytesToHex(sealEsp({ spi: 1, seq: 1 }, plaintext, 17).subarray(16)),
    );
  });

  it('rejects tampered or truncated packets', () => {
    const sealed = sealEsp({ spi: 7, seq: 1 }, hexToBytes('aa bb cc dd ee'), 17);
    for (let i = 0; i < sealed.length; i++) {
      const tampered = sealed.slice();
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      expect(openEsp(tampered)).toBeUndefined();
    }
    expect(openEsp(sealed.subarray(0, 17))).toBeUndefined();
  });
});

describe('dockerSpi', () => {
  it('is FNV-1a 32 over IPv4-mapped src, big-endian key tag, IPv4-mapped dst', () => {
    const bytes = [...hexToBytes('00000000000000000000ffff c0a86364'), ...hexToBytes('00000003'), ...hexToBytes('00000000000000000000ffff c0a86365')];
    let h = 0x811c9dc5n;
    for (const b of bytes) h = ((h ^ BigInt(b)) * 0x01000193n) % 0x1_0000_0000n;
    expect(dockerSpi('192.168.99.100', '192.168.99.101', 3)).toBe(Number(h));
    expect(dockerSpi('192.168.99.101', '192.168.99.100', 3)).not.toBe(Number(h));
  });
});
