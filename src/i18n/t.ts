import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Locale = 'en' | 'ko';
export type { MessageKey };
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const locales: readonly Locale[] = ['en', 'ko'];
export const catalogs: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, ko };

/** Fills `{name}` placeholders; a missing parameter stays visible as `{name}`. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message in a locale, e.g. t('ko', 'topbar.profile', { version: '29.7.2' }) -> '도커 29.7.2'. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  return format(catalogs[locale][key], params);
}

/** `t` bound to one locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** Whether a string (from a URL or storage) names a locale. */
export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'ko';
}
