import { useMemo } from 'react';
import { translator, type Translate } from '../i18n/t';
import { selectLocale } from '../store/selectors';
import { usePlayground } from '../store/usePlayground';

/** `t(key, params)` in the reader's chosen language. */
export function useT(): Translate {
  const locale = usePlayground(selectLocale);
  return useMemo(() => translator(locale), [locale]);
}
