import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n/t';
import type { Playground } from './playground';

export type Lens = 'overlay' | 'underlay';

export interface PrefsSlice {
  readonly locale: Locale;
  readonly lens: Lens;
  readonly setLocale: (locale: Locale) => void;
  readonly setLens: (lens: Lens) => void;
}

export const createPrefsSlice: StateCreator<Playground, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  lens: 'overlay',
  setLocale: (locale) => set({ locale }),
  setLens: (lens) => set({ lens }),
});
