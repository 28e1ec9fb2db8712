import { describe, expect, it } from 'vitest';
import { createPlaygroundStore } from '../store/createPlaygroundStore';
import { selectTextPx } from '../store/selectors';
import { initialLocale, startPresenting } from './startFromQuery';

describe('startFromQuery', () => {
  it('picks the language from the link, then the browser', () => {
    expect([initialLocale('?lang=ko', 'en-US'), initialLocale('?lang=en', 'ko-KR'), initialLocale('', 'ko-KR'), initialLocale('?lang=fr', 'de')]).toEqual(['ko', 'en', 'ko', 'en']);
  });
  it('starts in presentation mode with ?present=1, with large type', () => {
    const store = createPlaygroundStore();
    startPresenting(store, '?present=1');
    expect([store.getState().present, selectTextPx(store.getState())]).toEqual([true, 18]);
    const plain = createPlaygroundStore();
    startPresenting(plain, '?present=0');
    expect([plain.getState().present, selectTextPx(plain.getState())]).toEqual([false, 14]);
  });
});
