import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { PARTICLE_MARK, PARTICLES } from './particles';

type Leaves = Map<string, string>;

/** Every string in a module's exports, by path (`hopsKo.hop.send`, `lessonsKo.0.steps.1.text`); functions are skipped. */
function leaves(value: unknown, path: string, out: Leaves = new Map()): Leaves {
  if (typeof value === 'string') out.set(path, value);
  else if (value instanceof Map) for (const [k, v] of value) leaves(v, `${path}.${String(k)}`, out);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

/** Every catalog file: src/i18n/en.ts and ko.ts, and each src/i18n/en/*.ts with its src/i18n/ko/*.ts twin. */
const enFiles = import.meta.glob<Record<string, unknown>>('./en/*.ts', { eager: true });
const koFiles = import.meta.glob<Record<string, unknown>>('./ko/*.ts', { eager: true });
const strip = (name: string) => name.replace(/(En|Ko)$/, '');
const fileLeaves = (mod: Record<string, unknown>) => {
  const out: Leaves = new Map();
  for (const [name, v] of Object.entries(mod)) leaves(v, strip(name), out);
  return out;
};
const pairs: [string, Leaves, Leaves][] = [
  ['en.ts / ko.ts', leaves(en, 'en'), leaves(ko, 'en')],
  ...Object.keys(enFiles).map((f): [string, Leaves, Leaves] => [f.replace('./en/', ''), fileLeaves(enFiles[f] ?? {}), fileLeaves(koFiles[f.replace('./en/', './ko/')] ?? {})]),
];
const korean: [string, string][] = [...Object.entries(ko), ...Object.values(koFiles).flatMap((m) => [...fileLeaves(m)])];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('every English catalog file has a Korean twin', () => {
    expect(Object.keys(koFiles).sort()).toEqual(Object.keys(enFiles).map((f) => f.replace('./en/', './ko/')).sort());
  });

  it.each(pairs)('%s: Korean has exactly the English keys, each with the same placeholders', (_, enLeaves, koLeaves) => {
    expect([...koLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, text] of enLeaves) expect([key, placeholders(koLeaves.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('has Korean strings to check', () => {
    expect(korean.length).toBeGreaterThan(300);
  });

  it('no Korean string hedges a particle', () => {
    const hedged = korean.filter(([, s]) => /이\(가\)|가\(이\)|을\(를\)|를\(을\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(으\)로|\(이\)[가-힣]|\(이\)에요/.test(s));
    expect(hedged).toEqual([]);
  });

  it('a particle after a placeholder is always chosen by the marker, never written bare', () => {
    const bare = korean.filter(([, s]) => /\{\w+\}(이|가|을|를|은|는|와|과|으로|로|이에요|예요)(?![가-힣])/.test(s));
    expect(bare).toEqual([]);
  });

  it('every particle marker names a pair the chooser knows', () => {
    const marks = korean.flatMap(([key, s]) => [...s.matchAll(PARTICLE_MARK)].map((m) => [key, m[2]] as const));
    expect(marks.length).toBeGreaterThan(20);
    expect(marks.filter(([, pair]) => !(PARTICLES as readonly string[]).includes(pair ?? ''))).toEqual([]);
  });

  it('no message is empty', () => {
    for (const [key, text] of [...pairs.flatMap(([, e]) => [...e]), ...korean]) expect([key, text.trim() === '']).toEqual([key, false]);
  });
});
