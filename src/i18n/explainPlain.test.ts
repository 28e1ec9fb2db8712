import { describe, expect, it } from 'vitest';
import { routingMeshTraces } from '../ui/hop/routingMeshTrace';
import { hopsEn } from './en/hops';
import { plainEn } from './en/plain';
import { explainPlain } from './explainPlain';
import { plainKo } from './ko/plain';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const hopKeys = Object.keys(hopsEn).filter((k) => k.startsWith('hop.') || k.startsWith('drop.'));

describe('plain sentences', () => {
  it('every hop and drop key has a beginner’s sentence in English and Korean', () => {
    expect(hopKeys.length).toBeGreaterThanOrEqual(34);
    expect(hopKeys.filter((k) => plainEn[`plain.${k}`] === undefined)).toEqual([]);
    expect(hopKeys.filter((k) => plainKo[`plain.${k}`] === undefined)).toEqual([]);
  });

  it('has no sentence for a key that does not exist, and uses only the hop’s own parameters', () => {
    for (const catalog of [plainEn, plainKo]) {
      expect(Object.keys(catalog).filter((k) => !hopKeys.includes(k.slice('plain.'.length)))).toEqual([]);
      for (const [key, text] of Object.entries(catalog)) {
        const own = placeholders(hopsEn[key.slice('plain.'.length)] ?? '');
        expect([key, placeholders(text).filter((p) => !own.includes(p as string))]).toEqual([key, []]);
      }
    }
    for (const key of Object.keys(plainEn)) expect([key, placeholders(plainKo[key] ?? '')]).toEqual([key, placeholders(plainEn[key] ?? '')]);
  });

  it('words the routing mesh in plain language, in each language, with Korean particles chosen', () => {
    const hop = routingMeshTraces()[1]?.packets[0]?.hops.find((h) => h.action === 'ipvs-schedule');
    if (!hop) throw new Error('no IPVS hop');
    expect(explainPlain('en', hop.why)).toBe('Requests to 172.18.0.2:8080 are shared among the service’s containers: the load balancer picks one of them, 10.0.0.7, taking turns.');
    expect(explainPlain('ko', hop.why)).toBe('172.18.0.2:8080으로 온 요청은 서비스의 컨테이너들이 나눠 받습니다. 로드 밸런서가 돌아가며 그중 하나인 10.0.0.7을 고릅니다.');
  });

  it('is null for a key without a sentence (packet summaries)', () => {
    expect(explainPlain('ko', { key: 'summary.icmp-request', params: {} })).toBeNull();
  });
});
