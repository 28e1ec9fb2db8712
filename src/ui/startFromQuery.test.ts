import { describe, expect, it } from 'vitest';
import { initialLocale } from './startFromQuery';

describe('startFromQuery', () => {
  it('picks the language from the link, then the browser', () => {
    expect([initialLocale('?lang=ko', 'en-US'), initialLocale('?lang=en', 'ko-KR'), initialLocale('', 'ko-KR'), initialLocale('?lang=fr', 'de')]).toEqual(['ko', 'en', 'ko', 'en']);
  });
});
