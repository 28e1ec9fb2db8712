import { useEffect } from 'react';
import { selectCanRedo, selectCanUndo } from '../../store/historySlice';
import type { Playground } from '../../store/playground';
import { playgroundStore, usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';

const selectUndo = (s: Playground) => s.undo;
const selectRedo = (s: Playground) => s.redo;

/** Whether a key press belongs to a text field or the terminal (their own Ctrl+Z). */
const typing = (e: KeyboardEvent) => {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.terminal-host'));
};

/** Undo and Redo buttons; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere but in the terminal and text fields. */
export function UndoButtons() {
  const t = useT();
  const canUndo = usePlayground(selectCanUndo);
  const canRedo = usePlayground(selectCanRedo);
  const undo = usePlayground(selectUndo);
  const redo = usePlayground(selectRedo);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) playgroundStore.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') playgroundStore.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="segmented" role="group" aria-label={`${t('session.undo')} / ${t('session.redo')}`}>
      <button type="button" data-testid="undo" disabled={!canUndo} title={t('session.undoTitle')} aria-keyshortcuts="Control+Z" onClick={undo}>↶ {t('session.undo')}</button>
      <button type="button" data-testid="redo" disabled={!canRedo} title={t('session.redoTitle')} aria-keyshortcuts="Control+Shift+Z" onClick={redo}>↷ {t('session.redo')}</button>
    </div>
  );
}
