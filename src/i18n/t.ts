import { en, type MessageKey } from './en';
import { ko } from './ko';
import { fillParticles } from './particles';

export type Locale = 'en' | 'ko';
export type { MessageKey };
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const locales: readonly Locale[] = ['en', 'ko'];
export const catalogs: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ko };

/**
 * Fills `{name}` placeholders; a missing parameter stays visible as `{name}`.
 *
 * Korean particles: in a `ko` template, a placeholder followed by a particle pair in braces,
 * `{name}{이/가}`, `{name}{을/를}`, `{name}{은/는}`, `{name}{와/과}`, `{name}{으로/로}`, `{name}{이에요/예요}`
 * (written as es-hangul names the pairs; see PARTICLES in ./particles), becomes the parameter
 * followed by the one particle its reading takes: `{src}{이/가} {dst}{으로/로}` with src 'web', dst
 * '10.0.0.5' -> 'web이 10.0.0.5로'. Never hedge a particle with parentheses in a catalog.
 */
export function format(template: string, params: Params = {}, locale: Locale = 'en'): string {
  const withParticles = locale === 'ko' ? fillParticles(template, params) : template;
  return withParticles.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message in a locale, e.g. t('ko', 'topbar.profile', { version: '29.7.2' }) -> '도커 29.7.2'. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  return format(catalogs[locale][key], params, locale);
}

/** `t` bound to one locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** Whether a string (from a URL or storage) names a locale. */
export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'ko';
}
