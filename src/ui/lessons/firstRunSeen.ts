/** Where the page remembers that the first-run card was closed. */
export const FIRST_RUN_KEY = 'swarm-playground/first-run-seen';

/** Whether the card was closed before; storage that is blocked or broken counts as "not seen". */
export function firstRunSeen(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(FIRST_RUN_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers that the card was closed; a storage error only means it shows again next time. */
export function rememberFirstRunSeen(storage: Pick<Storage, 'setItem'> | null): void {
  try {
    storage?.setItem(FIRST_RUN_KEY, '1');
  } catch {
    // Private mode or a full quota: nothing to keep.
  }
}

/** The page's localStorage, or null where touching it throws. */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
