import { useMemo } from 'react';
import { findTerms } from '../../i18n/glossary';
import type { Locale } from '../../i18n/t';
import { GlossaryTerm } from './GlossaryTerm';

/** A sentence with each glossary term in it (first appearance) made a GlossaryTerm, e.g. a hop's explanation. */
export function GlossaryText({ text, locale }: { readonly text: string; readonly locale: Locale }) {
  const parts = useMemo(() => findTerms(locale, text), [locale, text]);
  return (
    <>
      {parts.map((p, i) => (p.term ? <GlossaryTerm key={i} term={p.term} locale={locale}>{p.text}</GlossaryTerm> : p.text))}
    </>
  );
}
