import type { Notice, NoticeAction } from '../../store/noticeSlice';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { startAutosave, type Autosave } from './autosave';
import { download } from './download';
import { importScenario, readScenarioFile } from './importScenario';
import { BEFORE_LINK_KEY, browserStorage, readSave } from './savedSession';
import { startSession } from './startSession';
import { registerServiceWorker } from '../../offline/registerServiceWorker';

/** A random id for this page, so saves tell pages apart (the UI may use the browser's randomness). */
const pageId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2));

/** The address bar without what was only for opening (a share link, `?scenario=`, `?step=`): a reload restores the autosave. */
function tidyAddress(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete('scenario');
  url.searchParams.delete('step');
  url.hash = '';
  window.history.replaceState(null, '', url);
}

export interface PageSession {
  /** What a notice's button does. */
  readonly onNoticeAction: (action: NoticeAction, notice: Notice) => void;
  /** Imports a file dropped on the page. */
  readonly onDrop: (file: File) => void;
}

/**
 * The page's session life: opens what the address asks for (or the autosave), then saves every change.
 * With `persist` false (embeds) nothing is read from or written to the browser's storage.
 */
export function startPageSession(store: PlaygroundStore, persist: boolean): PageSession {
  const storage = persist ? browserStorage() : null;
  startSession(store, { search: window.location.search, hash: window.location.hash }, storage);
  if (persist) tidyAddress();
  if (persist && !storage) store.getState().notify({ key: 'session.storageUnavailable', tone: 'warning' });
  const autosave: Autosave | null = persist ? startAutosave(store, storage, pageId()) : null;
  if (autosave) window.addEventListener('storage', (e) => autosave.onStorage(e.key, e.newValue));
  const update = persist ? registerServiceWorker(store) : null;
  return {
    onNoticeAction: (action, notice) => {
      if (action === 'download-bad-save' && notice.download) download(notice.download.filename, notice.download.text);
      else if (action === 'restore-before-link') {
        const before = readSave(storage, BEFORE_LINK_KEY);
        if (before.kind === 'ok') store.getState().openScenario(before.scenario);
      } else if (action === 'load-other-tab' || action === 'keep-this-tab') autosave?.resolve(action);
      else if (action === 'reload-for-update') update?.();
    },
    onDrop: (file) => {
      void readScenarioFile(file).then((text) => {
        const r = text === null ? { ok: false as const, error: 'scenario: the file is too large to be a scenario' } : importScenario(store, text);
        if (!r.ok) store.getState().notify({ key: 'share.importError', params: { error: r.error }, tone: 'error' });
        else store.getState().notify({ key: 'share.imported', params: { name: r.name }, tone: 'info' });
      });
    },
  };
}
