import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore';
import { selectTextPx } from '../store/selectors';
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

  it('starts in presentation mode with ?present=1, with large type', () => {
    const store = createPlaygroundStore();
    startFromQuery(store, '?present=1', 'en');
    expect([store.getState().present, selectTextPx(store.getState())]).toEqual([true, 18]);
    const plain = createPlaygroundStore();
    startFromQuery(plain, '?present=0', 'en');
    expect([plain.getState().present, selectTextPx(plain.getState())]).toEqual([false, 14]);
  });
});
