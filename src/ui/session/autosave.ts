import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import type { Playground } from '../../store/playground';
import { sessionScenario } from '../../store/sessionScenario';
import { OWNER_KEY, readOwner, readSave, SAVE_KEY, writeSave } from './savedSession';

/** Runs `fn` later, off the typing path; returns a cancel function. */
export type Schedule = (fn: () => void) => () => void;

/** A short delay, then the browser's idle time: a save never runs between a keypress and its echo. */
export const idleSchedule: Schedule = (fn) => {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : window.setTimeout(fn, 0);
  }, 300);
  return () => {
    window.clearTimeout(timer);
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
};

/** Whether a store change touches what is saved (not the live output of a running command). */
const saved = (s: Playground, p: Playground) =>
  s.model !== p.model || s.layout !== p.layout || s.cursor !== p.cursor || s.lens !== p.lens || s.view !== p.view || s.activeSession !== p.activeSession || s.scenario !== p.scenario || s.lesson !== p.lesson;

export interface Autosave {
  /** The person chose, in the "changed in another tab" notice, to load that tab's session or to keep this one. */
  readonly resolve: (choice: 'load-other-tab' | 'keep-this-tab') => void;
  /** A `storage` event from another page. */
  readonly onStorage: (key: string | null, newValue: string | null) => void;
  readonly stop: () => void;
}

/**
 * Saves the session to `storage` after every change (scheduled off the typing path). When another page
 * wrote the same save since this one last did, nothing is overwritten: the person is asked. A full or
 * refused storage is said once, and the page keeps working.
 */
export function startAutosave(store: PlaygroundStore, storage: Storage | null, pageId: string, schedule: Schedule = idleSchedule): Autosave {
  let rev = 0;
  let lastOwner = readOwner(storage);
  let conflict = false;
  let told: 'full' | 'unavailable' | null = null;
  let cancel: (() => void) | null = null;

  const askAboutOtherTab = () => {
    conflict = true;
    store.getState().notify({ key: 'session.otherTab', tone: 'warning', actions: ['load-other-tab', 'keep-this-tab'] });
  };
  const write = (force = false) => {
    cancel = null;
    const current = readOwner(storage);
    if (!force && current !== lastOwner) return askAboutOtherTab();
    const owner = `${pageId}:${++rev}`;
    const result = writeSave(storage, JSON.stringify(sessionScenario(store.getState())), owner);
    if (result === 'ok') {
      lastOwner = owner;
      told = null;
    } else if (told !== result) {
      told = result;
      store.getState().notify({ key: result === 'full' ? 'session.storageFull' : 'session.storageUnavailable', tone: 'warning' });
    }
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (conflict || !saved(s, p)) return;
    cancel?.();
    cancel = schedule(() => write());
  });
  return {
    resolve: (choice) => {
      conflict = false;
      if (choice === 'keep-this-tab') return write(true);
      const r = readSave(storage);
      lastOwner = readOwner(storage);
      if (r.kind === 'ok') store.getState().openScenario(r.scenario);
    },
    onStorage: (key, newValue) => {
      if ((key === OWNER_KEY && newValue !== lastOwner) || (key === SAVE_KEY && readOwner(storage) !== lastOwner)) askAboutOtherTab();
    },
    stop: () => {
      cancel?.();
      unsubscribe();
    },
  };
}
