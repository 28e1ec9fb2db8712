import { createStore, type StoreApi } from 'zustand/vanilla';
import { createLessonSlice } from './lessonSlice';
import type { Playground } from './playground';
import { createPrefsSlice } from './prefsSlice';
import { createSelectionSlice } from './selectionSlice';
import { createHistorySlice } from './historySlice';
import { createNoticeSlice } from './noticeSlice';
import { createTerminalSlice } from './terminalSlice';
import { createTraceSlice } from './traceSlice';
import { createWorldSlice, DEFAULT_SCENARIO, loadedState } from './worldSlice';

export type PlaygroundStore = StoreApi<Playground>;

/** A new store (React-free, usable in Node), loaded with the built-in `scenario` (the default one when it names none). */
export function createPlaygroundStore(scenario?: string): PlaygroundStore {
  const store = createStore<Playground>()((...a) => ({
    ...createTerminalSlice(...a),
    ...createSelectionSlice(...a),
    ...createTraceSlice(...a),
    ...createPrefsSlice(...a),
    ...createHistorySlice(...a),
    ...createNoticeSlice(...a),
    ...createWorldSlice(...a),
    ...createLessonSlice(...a),
  }));
  store.setState(loadedState(scenario ?? DEFAULT_SCENARIO) ?? (loadedState(DEFAULT_SCENARIO) as Partial<Playground>));
  return store;
}
