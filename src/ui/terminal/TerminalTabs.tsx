import { useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Playground } from '../../store/playground';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { tabNames, tabTitle } from './tabTitle';

const selectIds = (s: Playground) => s.sessions.map((t) => t.id);
const selectTitles = (s: Playground) => s.sessions.map((t) => tabTitle(t.session));
const selectActive = (s: Playground) => s.activeSession;
const selectTabActions = (s: Playground) => ({ open: s.openSession, close: s.closeSession, show: s.switchSession });

/** Id of the element a tab's panel is labelled by. */
export const tabDomId = (id: number) => `terminal-tab-${id}`;

/** The strip of terminal tabs: one per shell session, roving tabindex, Delete or × closes, + opens one at the laptop. */
export function TerminalTabs({ panelId, hintId, onChosen }: { readonly panelId: string; readonly hintId: string; readonly onChosen: () => void }) {
  const t = useT();
  const ids = usePlayground(useShallow(selectIds));
  const titles = usePlayground(useShallow(selectTitles));
  const active = usePlayground(selectActive);
  const { open, close, show } = usePlayground(useShallow(selectTabActions));
  const strip = useRef<HTMLDivElement>(null);
  const names = tabNames(titles.map((title) => title ?? t('terminal.tabLaptop')));
  const name = (i: number) => names[i] as string;
  const focusTab = (id: number) => strip.current?.querySelector<HTMLElement>(`#${tabDomId(id)}`)?.focus();

  const onKey = (e: KeyboardEvent, i: number) => {
    const id = ids[i] as number;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: ids.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      const next = ids[(to + ids.length) % ids.length] as number;
      show(next);
      requestAnimationFrame(() => focusTab(next));
    } else if (e.key === 'Delete' && ids.length > 1) {
      e.preventDefault();
      close(id);
      requestAnimationFrame(() => focusTab(ids[i + 1] ?? (ids[i - 1] as number)));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onChosen();
    }
  };

  return (
    <div className="terminal-tabs">
      <div role="tablist" aria-label={t('terminal.tabs')} ref={strip} data-testid="terminal-tabs">
        {ids.map((id, i) => (
          <div
            key={id}
            id={tabDomId(id)}
            role="tab"
            className="terminal-tab"
            aria-selected={id === active}
            aria-controls={panelId}
            aria-keyshortcuts={ids.length > 1 ? 'Delete' : undefined}
            aria-describedby={hintId}
            tabIndex={id === active ? 0 : -1}
            data-testid={`terminal-tab-${i}`}
            onClick={() => { show(id); onChosen(); }}
            onKeyDown={(e) => onKey(e, i)}
          >
            <span className="terminal-tab-name">{name(i)}</span>
            {ids.length > 1 && (
              <span
                className="terminal-tab-close"
                aria-hidden="true"
                title={t('terminal.closeTab', { name: name(i) })}
                data-testid={`terminal-tab-close-${i}`}
                onClick={(e) => { e.stopPropagation(); close(id); }}
              >
                ×
              </span>
            )}
          </div>
        ))}
      </div>
      <button type="button" className="terminal-new" aria-label={t('terminal.newTab')} title={t('terminal.newTab')} data-testid="terminal-new-tab" onClick={() => { open(); onChosen(); }}>
        +
      </button>
    </div>
  );
}
