import type { PlaygroundStore } from '../store/createPlaygroundStore';
import { isLocale, type Locale } from '../i18n/t';

/** The language to start in: `?lang=`, else Korean for Korean browsers, else English. */
export function initialLocale(search: string, browserLanguage: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  if (isLocale(lang)) return lang;
  return browserLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** `?present=1` starts in presentation mode. */
export function startPresenting(store: PlaygroundStore, search: string): void {
  if (new URLSearchParams(search).get('present') === '1') store.getState().setPresent(true);
}
