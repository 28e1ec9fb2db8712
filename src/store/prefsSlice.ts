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
  /** The map's smallest text in rendered CSS px (the map scrolls rather than fitting smaller); side panel and terminal scale with it. */
  readonly textPx: number;
  /** Presentation mode: full screen, large type, high contrast, fewer controls. */
  readonly present: boolean;
  /** The camera follows the packet while stepping. */
  readonly follow: boolean;
  readonly setTextPx: (px: number) => void;
  readonly setPresent: (present: boolean) => void;
  readonly setFollow: (follow: boolean) => void;
}

/** Text sizes the control steps through (CSS px of the map's smallest text). */
export const TEXT_PX = { min: 12, normal: 14, present: 18, max: 28 } as const;

export const createPrefsSlice: StateCreator<Playground, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  lens: 'overlay',
  view: 'map',
  readonly: false,
  setLocale: (locale) => set({ locale }),
  setLens: (lens) => set({ lens }),
  setView: (view) => set({ view }),
  textPx: TEXT_PX.normal,
  present: false,
  follow: true,
  setTextPx: (px) => set({ textPx: Math.min(TEXT_PX.max, Math.max(TEXT_PX.min, Math.round(px))) }),
  setPresent: (present) => set({ present }),
  setFollow: (follow) => set({ follow }),
});
