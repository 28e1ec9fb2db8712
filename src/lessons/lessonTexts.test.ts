import { describe, expect, it } from 'vitest';
import { PARTICLE_MARK, PARTICLES } from '../i18n/particles';
import { findLesson, lessons, lessonText } from './lessons';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('lesson texts', () => {
  for (const lesson of lessons) {
    it(`${lesson.id}: every step is worded in both languages, with the same placeholders`, () => {
      const needed = ['title', 'intro', 'done'];
      for (const s of lesson.steps) {
        needed.push(`${s.id}.text`);
        if (s.check || s.quiz) needed.push(`${s.id}.hint`);
        if (s.quiz) needed.push(`${s.id}.question`, `${s.id}.explain`);
      }
      for (const key of needed) {
        expect(lesson.texts.en.get(key), `en ${key}`).toBeTruthy();
        expect(lesson.texts.ko.get(key), `ko ${key}`).toBeTruthy();
      }
      expect([...lesson.texts.ko.keys()].sort()).toEqual([...lesson.texts.en.keys()].sort());
      for (const [key, en] of lesson.texts.en) expect(placeholders(lesson.texts.ko.get(key) ?? ''), key).toEqual(placeholders(en));
    });
    it(`${lesson.id}: Korean has no hedged particle and no particle glued to a placeholder`, () => {
      for (const [key, ko] of lesson.texts.ko) {
        expect(ko, key).not.toMatch(/\((이|가|을|를|은|는|와|과|으)\)/);
        // A particle right after {param} would be chosen without knowing the word: only 입니다/인/의/에 read right after anything.
        expect(ko, key).not.toMatch(/\}(이|가|을|를|은|는|와|과|로|으로)(?![가-힣])/);
      }
    });
    it(`${lesson.id}: every particle marker names a pair the chooser knows, and filling leaves none behind`, () => {
      for (const [key, ko] of lesson.texts.ko) {
        for (const m of ko.matchAll(PARTICLE_MARK)) expect(PARTICLES as readonly string[], `${key}: ${m[0]}`).toContain(m[2]);
        const facts = Object.fromEntries(placeholders(ko).map((p) => [p, '10.0.1.3']));
        expect(lessonText(lesson, 'ko', key, facts), key).not.toMatch(/[{}]/);
      }
    });
  }
  it('Korean particles after placeholders are chosen from the learner\'s own values', () => {
    const mesh = findLesson('routing-mesh')!;
    const facts = { sbox: '10.0.0.2', idle: 'default-3', laptop: '192.168.99.1' };
    expect(lessonText(mesh, 'ko', 'curl.explain', facts)).toContain('10.0.0.2는 default-3에 있는');
    expect(lessonText(mesh, 'ko', 'curl.explain', facts)).toContain('default-3을 떠나기');
    expect(lessonText(mesh, 'ko', 'curl.explain', { ...facts, idle: 'default-2' })).toContain('default-2를 떠나기');
    expect(lessonText(mesh, 'en', 'curl.explain', facts)).toContain('10.0.0.2 is the address of ingress-sbox on default-3');
  });
});
