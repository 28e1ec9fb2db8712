import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n/t';
import type { Playground } from './playground';

export type Lens = 'overlay' | 'underlay';
/** The canvas area shows the map or the topology as tables. */
export type CanvasView = 'map' | 'table';

export interface PrefsSlice {
  readonly locale: Locale;
  readonly lens: Lens;
  readonly view: CanvasView;
  /** An embed that only steps: nothing can be typed or sent. */
  readonly readonly: boolean;
  readonly setLocale: (locale: Locale) => void;
  readonly setLens: (lens: Lens) => void;
  readonly setView: (view: CanvasView) => void;
}

export const createPrefsSlice: StateCreator<Playground, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  lens: 'overlay',
  view: 'map',
  readonly: false,
  setLocale: (locale) => set({ locale }),
  setLens: (lens) => set({ lens }),
  setView: (view) => set({ view }),
});
