import type { Explanation } from '../sim/traffic/trace';
import { hopsEn } from './en/hops';
import { hopsKo } from './ko/hops';
import { format, type Locale } from './t';

const hopCatalogs: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en: hopsEn, ko: hopsKo };

/** A trace explanation (hop, drop or summary key) in a language; an unknown key falls back to English, then to the key. */
export function explain(locale: Locale, e: Explanation): string {
  return format(hopCatalogs[locale][e.key] ?? hopsEn[e.key] ?? e.key, e.params, locale);
}
