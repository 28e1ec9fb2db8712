import type { Explanation } from '../sim/traffic/trace';
import { plainEn } from './en/plain';
import { plainKo } from './ko/plain';
import { format, type Locale } from './t';

const plainCatalogs: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en: plainEn, ko: plainKo };

/**
 * The beginner's sentence for a hop or drop explanation (`plain.<key>`), or null when the key has none.
 * @example explainPlain('en', { key: 'hop.deliver-reply', params: { dst: '10.0.1.3' } }) -> 'The answer is back at 10.0.1.3: the round trip is done.'
 */
export function explainPlain(locale: Locale, e: Explanation): string | null {
  const template = plainCatalogs[locale][`plain.${e.key}`] ?? plainEn[`plain.${e.key}`];
  return template === undefined ? null : format(template, e.params, locale);
}
