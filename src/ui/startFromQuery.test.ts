import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore';
import { initialLocale, startFromQuery } from './startFromQuery';

describe('startFromQuery', () => {
  it('picks the language from the link, then the browser', () => {
    expect([initialLocale('?lang=ko', 'en-US'), initialLocale('?lang=en', 'ko-KR'), initialLocale('', 'ko-KR'), initialLocale('?lang=fr', 'de')]).toEqual(['ko', 'en', 'ko', 'en']);
  });

  it('loads the linked scenario; an unknown one leaves the default', () => {
    const store = createPlaygroundStore();
    startFromQuery(store, '?scenario=seed-2017&lang=ko', 'en');
    expect([store.getState().scenarioName, store.getState().world.profile, store.getState().locale]).toEqual(['seed-2017', '17.10', 'ko']);
    const other = createPlaygroundStore();
    startFromQuery(other, '?scenario=nope', 'en');
    expect(other.getState().scenarioName).toBe('three-node');
  });
});
