import { parseScenario, type Scenario } from '../../scenario/format';

/** Where the session is kept in localStorage, in the scenario format. */
export const SAVE_KEY = 'swarm-playground:session';
/** Which page wrote the save last (`<page id>:<revision>`), so two tabs never overwrite each other silently. */
export const OWNER_KEY = 'swarm-playground:session-owner';
/** The session a shared link replaced, kept so it can be brought back. */
export const BEFORE_LINK_KEY = 'swarm-playground:session-before-link';

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario; readonly raw: string }
  | { readonly kind: 'bad'; readonly error: string; readonly raw: string }
  | { readonly kind: 'unavailable' };

export type SaveWrite = 'ok' | 'full' | 'unavailable';

/** localStorage, or null where the browser refuses it (some private modes throw on access). */
export function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(SAVE_KEY);
    return s;
  } catch {
    return null;
  }
}

/** Reads the saved session: none, a scenario, or why it cannot be used (with the text as it was). */
export function readSave(storage: Storage | null, key = SAVE_KEY): SaveRead {
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'none' };
  const parsed = parseScenario(raw);
  return parsed.ok ? { kind: 'ok', scenario: parsed.scenario, raw } : { kind: 'bad', error: parsed.error, raw };
}

/** Writes the session (and who wrote it); 'full' when the quota is exceeded, 'unavailable' when storage refuses. */
export function writeSave(storage: Storage | null, text: string, owner: string, key = SAVE_KEY): SaveWrite {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, text);
    if (key === SAVE_KEY) storage.setItem(OWNER_KEY, owner);
    return 'ok';
  } catch (e) {
    return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22) ? 'full' : 'unavailable';
  }
}

/** Who wrote the save last, or null. */
export function readOwner(storage: Storage | null): string | null {
  try {
    return storage?.getItem(OWNER_KEY) ?? null;
  } catch {
    return null;
  }
}
