import type { NoticeAction } from '../../store/noticeSlice';
import type { Notice } from '../../store/noticeSlice';
import { selectNotices } from '../../store/noticeSlice';
import type { Playground } from '../../store/playground';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';

const selectDismiss = (s: Playground) => s.dismiss;

const ACTION_LABEL = {
  'download-bad-save': 'session.downloadBadSave',
  'load-other-tab': 'session.loadOtherTab',
  'keep-this-tab': 'session.keepThisTab',
  'restore-before-link': 'session.restoreBeforeLink',
  'reload-for-update': 'app.reloadForUpdate',
} as const;

/** The page's notices, each with its choices and a dismiss button; screen readers hear new ones. */
export function NoticeBar({ onAction }: { readonly onAction: (action: NoticeAction, notice: Notice) => void }) {
  const t = useT();
  const notices = usePlayground(selectNotices);
  const dismiss = usePlayground(selectDismiss);
  return (
    <section className="notices" aria-label={t('session.notices')} aria-live="polite" data-testid="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-testid={`notice-${n.key}`}>
          <p>{t(n.key, n.params)}</p>
          {n.actions?.map((a) => (
            <button key={a} type="button" data-testid={`notice-action-${a}`} onClick={() => { onAction(a, n); dismiss(n.id); }}>
              {t(ACTION_LABEL[a])}
            </button>
          ))}
          <button type="button" className="notice-dismiss" aria-label={t('session.dismiss')} title={t('session.dismiss')} onClick={() => dismiss(n.id)}>×</button>
        </div>
      ))}
    </section>
  );
}
