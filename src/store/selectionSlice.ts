import type { StateCreator } from 'zustand';
import type { Playground } from './playground';

export interface SelectionSlice {
  /** Canvas element id (see src/ui/canvas/ids.ts), or null. */
  readonly selected: string | null;
  readonly select: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<Playground, [], [], SelectionSlice> = (set) => ({
  selected: null,
  select: (id) => set({ selected: id }),
});
