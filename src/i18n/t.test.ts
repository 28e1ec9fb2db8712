import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { format, t, translator } from './t';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('ko has exactly the keys of en, each with the same placeholders', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, placeholders(ko[key])]).toEqual([key, placeholders(en[key])]);
    }
  });

  it('no message is empty', () => {
    for (const text of [...Object.values(en), ...Object.values(ko)]) expect(text.trim()).not.toBe('');
  });
});

describe('t', () => {
  it('fills parameters in each language', () => {
    expect(t('en', 'canvas.network', { name: 'mynet', subnet: '10.0.1.0/24', vni: 4097 })).toBe('Network mynet, subnet 10.0.1.0/24, VNI 4097');
    expect(t('ko', 'canvas.network', { name: 'mynet', subnet: '10.0.1.0/24', vni: 4097 })).toBe('네트워크 mynet, 서브넷 10.0.1.0/24, VNI 4097');
    expect(translator('ko')('topbar.reset')).toBe('초기화');
  });

  it('leaves a missing parameter visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
