import { describe, expect, it } from 'vitest';
import { hopsEn } from './en/hops';
import { explain } from './explain';
import { hopsKo } from './ko/hops';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('hop catalogs', () => {
  // catalog.test.ts also requires the reverse (every English key worded in Korean); explain still falls back to English.
  it('every Korean hop key exists in English with the same placeholders', () => {
    for (const key of Object.keys(hopsKo)) expect([key, placeholders(hopsKo[key] as string)]).toEqual([key, placeholders(hopsEn[key] ?? '')]);
    expect(Object.keys(hopsKo).length).toBeGreaterThanOrEqual(44);
  });

  it('explains a hop in each language, and falls back for unknown keys', () => {
    const e = { key: 'hop.vxlan-encap', params: { vni: 4097, src: '192.168.99.100', dst: '192.168.99.101' } };
    expect(explain('en', e)).toBe('vxlan0 wraps the frame in VXLAN, VNI 4097, UDP from 192.168.99.100 to 192.168.99.101:4789');
    expect(explain('ko', e)).toBe('vxlan0이 프레임을 VXLAN(VNI 4097)으로 감쌉니다. UDP 192.168.99.100 -> 192.168.99.101:4789');
    expect(explain('ko', { key: 'hop.unknown', params: {} })).toBe('hop.unknown');
  });
});
