import { useEffect, useId, useRef } from 'react';
import type { MessageKey, Params } from '../../i18n/t';
import { useT } from '../useT';
import './session.css';

export interface Confirmation {
  readonly title: MessageKey;
  readonly body: MessageKey;
  readonly params: Params;
  readonly ok: MessageKey;
  readonly onOk: () => void;
}

/** A modal question before a change that discards work (it can still be undone); null shows nothing. */
export function ConfirmDialog({ ask, onClose }: { readonly ask: Confirmation | null; readonly onClose: () => void }) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (ask && d && !d.open) d.showModal();
    if (!ask && d?.open) d.close();
  }, [ask]);
  return (
    <dialog ref={dialog} className="app-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid="confirm-dialog" onClose={onClose}>
      {ask && (
        <>
          <h2 id={`${id}-title`}>{t(ask.title)}</h2>
          <p id={`${id}-body`}>{t(ask.body, ask.params)}</p>
          <div className="dialog-buttons">
            <button type="button" onClick={onClose} data-testid="confirm-cancel">{t('confirm.cancel')}</button>
            <button type="button" className="primary" data-testid="confirm-ok" onClick={() => { ask.onOk(); onClose(); }}>{t(ask.ok)}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
