import { useEffect, useId, useRef, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { glossaryEntry, type GlossaryId } from '../../i18n/glossary';
import type { Locale } from '../../i18n/t';
import { selectLocale } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import './glossary.css';

interface Props {
  readonly term: GlossaryId;
  /** The words shown in the text; the term's name in the page's language when absent. */
  readonly children?: ReactNode;
  /** The definition's language; the page's when absent. */
  readonly locale?: Locale;
}

/**
 * A glossary term in running text: a button that opens the term's definition in a popover next to it.
 * Escape, a click outside or the close button closes it and focus returns to the term. The popover lives
 * in document.body (the top layer), so the sentence's own text stays just the sentence.
 * @example <GlossaryTerm term="vxlan" />  <GlossaryTerm term="vni">VXLAN ID</GlossaryTerm>
 */
export function GlossaryTerm({ term, children, locale }: Props) {
  const pageLocale = usePlayground(selectLocale);
  const t = useT();
  const entry = glossaryEntry(locale ?? pageLocale, term);
  const popover = `glossary-${term}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Into the definition when it opens, so a screen reader reads it and Tab reaches its close button.
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'open') el.focus();
    };
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, []);
  const anchor = { anchorName: `--${popover}` } as CSSProperties;
  const anchored = { positionAnchor: `--${popover}` } as CSSProperties;
  return (
    <>
      <button type="button" className="glossary-term" data-testid={`term-${term}`} popoverTarget={popover} aria-haspopup="dialog" title={t('glossary.open', { term: entry.term })} style={anchor}>
        {children ?? entry.term}
      </button>
      {createPortal(<span ref={ref} id={popover} popover="auto" role="dialog" aria-labelledby={`${popover}-title`} tabIndex={-1} className="glossary-popover" data-testid={`glossary-${term}`} style={anchored}>
        <strong id={`${popover}-title`} className="glossary-title">{entry.term}</strong>
        <span className="glossary-definition">{entry.definition}</span>
        <button type="button" className="glossary-close" popoverTarget={popover} popoverTargetAction="hide">{t('glossary.close')}</button>
      </span>, document.body)}
    </>
  );
}
