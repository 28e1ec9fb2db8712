import type { StateCreator } from 'zustand';
import type { MessageKey, Params } from '../i18n/t';
import type { Playground } from './playground';

/** A choice a notice offers besides dismissing it. */
export type NoticeAction = 'download-bad-save' | 'load-other-tab' | 'keep-this-tab' | 'restore-before-link' | 'reload-for-update';

/** Something the page must tell the person (a save that could not be read, a bad link or file...). */
export interface Notice {
  readonly id: number;
  readonly key: MessageKey;
  readonly params?: Params;
  readonly tone: 'info' | 'warning' | 'error';
  readonly actions?: readonly NoticeAction[];
  /** Data a notice offers to download as a file (the unreadable save, as it was). */
  readonly download?: { readonly filename: string; readonly text: string };
}

export interface NoticeSlice {
  readonly notices: readonly Notice[];
  /** Shows a notice; one with the same key replaces the older one. Returns its id. */
  readonly notify: (notice: Omit<Notice, 'id'>) => number;
  readonly dismiss: (id: number) => void;
}

let nextNotice = 1;

export const createNoticeSlice: StateCreator<Playground, [], [], NoticeSlice> = (set, get) => ({
  notices: [],
  notify: (notice) => {
    const id = nextNotice++;
    set({ notices: [...get().notices.filter((n) => n.key !== notice.key), { ...notice, id }] });
    return id;
  },
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});

export const selectNotices = (s: Playground) => s.notices;
