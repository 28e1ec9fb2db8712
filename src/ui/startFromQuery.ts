import { isLocale, type Locale } from '../i18n/t';
import type { PlaygroundStore } from '../store/createPlaygroundStore';

/** The language to start in: `?lang=`, else Korean for Korean browsers, else English. */
export function initialLocale(search: string, browserLanguage: string): Locale {
  const lang = new URLSearchParams(search).get('lang');
  if (isLocale(lang)) return lang;
  return browserLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Applies a link's `?scenario=seed-2017&lang=ko&present=1` to the store. */
export function startFromQuery(store: PlaygroundStore, search: string, browserLanguage: string): void {
  const scenario = new URLSearchParams(search).get('scenario');
  if (new URLSearchParams(search).get('present') === '1') store.getState().setPresent(true);
  if (scenario) store.getState().loadScenario(scenario);
  store.getState().setLocale(initialLocale(search, browserLanguage));
}
