import { useStore } from 'zustand';
import { createPlaygroundStore } from './createPlaygroundStore';
import type { Playground } from './playground';

/** The page's one store. */
export const playgroundStore = createPlaygroundStore();

/** Subscribes a component to one selected value of the page's store. */
export function usePlayground<T>(selector: (s: Playground) => T): T {
  return useStore(playgroundStore, selector);
}
