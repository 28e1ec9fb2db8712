import { describe, expect, it } from 'vitest';
import { glossaryEn } from './en/glossary';
import { explain } from './explain';
import { findTerms, glossaryEntry, glossaryIds } from './glossary';
import { glossaryKo } from './ko/glossary';
import { t } from './t';

const terms = (locale: 'en' | 'ko', text: string) => findTerms(locale, text).flatMap((p) => (p.term ? [`${p.term}:${p.text}`] : []));

describe('glossary', () => {
  it('defines every term in English and Korean, and nothing else', () => {
    expect(glossaryIds.length).toBeGreaterThanOrEqual(30);
    for (const g of [glossaryEn, glossaryKo]) {
      expect([...g.keys()].sort()).toEqual([...glossaryIds].sort());
      for (const [id, e] of g) expect([id, e.term !== '', e.forms.split('|').every((f) => f.trim() === f && f !== ''), e.definition.length > 40]).toEqual([id, true, true, true]);
    }
    expect(glossaryEntry('ko', 'overlay').term).toBe('오버레이 네트워크');
  });

  it('no form belongs to two terms', () => {
    for (const g of [glossaryEn, glossaryKo]) {
      const forms = [...g.values()].flatMap((e) => e.forms.split('|'));
      expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
    }
  });

  it('keeps the text whole and marks each term once, as written', () => {
    const text = 'vxlan0 wraps the frame in VXLAN, VNI 4097, and VXLAN again';
    const parts = findTerms('en', text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts).toEqual([
      { text: 'vxlan0 wraps the frame in ' },
      { text: 'VXLAN', term: 'vxlan' },
      { text: ', ' },
      { text: 'VNI', term: 'vni' },
      { text: ' 4097, and VXLAN again' },
    ]);
  });

  it('matches whole words, the longest form first, and Korean words before their particles', () => {
    expect(terms('en', 'docker_gwbridge is a bridge; the routing mesh uses the ingress network')).toEqual(['docker_gwbridge:docker_gwbridge', 'bridge:bridge', 'routing-mesh:routing mesh', 'ingress:ingress network']);
    expect(terms('en', 'DOCKER-INGRESS, vxlan0, lb-mynet, services')).toEqual(['service:services']);
    expect(terms('ko', '서비스의 모든 컨테이너가 VIP를 함께 쓰고, IPVS가 태스크를 고릅니다')).toEqual(['service:서비스', 'container:컨테이너', 'vip:VIP', 'ipvs:IPVS', 'task:태스크']);
    expect(terms('ko', '도커에 내장된 이름 서비스에 묻습니다')).toEqual(['embedded-dns:이름 서비스']);
  });

  it('finds the terms of the hop sentences the learner reads', () => {
    const encap = { key: 'hop.vxlan-encap', params: { vni: 4097, src: '192.168.99.100', dst: '192.168.99.101' } };
    expect(terms('en', explain('en', encap))).toEqual(['vxlan:VXLAN', 'vni:VNI']);
    expect(terms('ko', explain('ko', encap))).toEqual(['vxlan:VXLAN', 'vni:VNI']);
    const ipvs = { key: 'hop.ipvs-schedule', params: { vip: '10.0.1.2', fwmark: 256, real: '10.0.1.4' } };
    expect(terms('en', explain('en', ipvs))).toEqual(['fwmark:mangle marks', 'ipvs:IPVS', 'round-robin:round robin']);
    expect(terms('ko', explain('ko', ipvs))).toEqual(['fwmark:fwmark', 'ipvs:IPVS', 'round-robin:라운드 로빈']);
    expect(terms('ko', t('ko', 'inspector.vni'))).toEqual(['vni:VXLAN ID']);
  });
});
