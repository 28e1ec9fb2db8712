import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectActions, selectLocale, selectSelected, selectWorld } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { parseElementId } from '../canvas/ids';
import { GlossaryText } from '../glossary/GlossaryText';
import { useT } from '../useT';
import { describe, valueText } from './describe';
import './inspector.css';

const testIds: Readonly<Record<string, string>> = { 'inspector.ipvs': 'inspector-ipvs', 'inspector.fdb': 'inspector-fdb', 'inspector.fdbNode': 'inspector-fdb', 'inspector.arp': 'inspector-arp' };

/** Details of the selected canvas element: interfaces, addresses, DNS names, IPVS, FDB and ARP tables. */
export function Inspector() {
  const world = usePlayground(selectWorld);
  const selected = usePlayground(selectSelected);
  const { select } = usePlayground(useShallow(selectActions));
  const t = useT();
  const locale = usePlayground(selectLocale);
  const ref = selected ? parseElementId(selected) : null;
  const d = useMemo(() => (ref ? describe(world, ref) : null), [world, ref]);
  return (
    <aside className="inspector" data-testid="inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t('inspector.title')}</h2>
      {d === null ? (
        <p className="muted">{t('inspector.empty')}</p>
      ) : (
        <>
          <div className="inspector-head">
            <div>
              <div className="muted"><GlossaryText text={t(d.kind)} locale={locale} /></div>
              <h3 data-testid="inspector-title">{d.title}</h3>
            </div>
            <button type="button" onClick={() => select(null)} aria-label={t('inspector.close')}>×</button>
          </div>
          <dl>
            {d.rows.map((r, i) => (
              <div key={`${r.label}-${i}`} className="inspector-row">
                <dt><GlossaryText text={t(r.label)} locale={locale} /></dt>
                {r.values.length === 0 ? <dd className="muted">{t('inspector.noDnsNames')}</dd> : r.values.map((v, j) => <dd key={j}>{valueText(v, t)}</dd>)}
              </div>
            ))}
          </dl>
          {d.blocks?.map((b, i) => (
            <section key={`${b.title}-${i}`} className="inspector-block" aria-labelledby={`inspector-block-${i}`}>
              <h4 id={`inspector-block-${i}`}><GlossaryText text={t(b.title, b.params)} locale={locale} /></h4>
              {b.text === '' ? (
                <p className="muted">{t(b.empty, b.params)}</p>
              ) : (
                // Columns (IPVS) scroll sideways, one-entry lines (FDB, ARP) wrap; focusable so keyboard users can scroll.
                <pre tabIndex={0} className={b.title === 'inspector.ipvs' ? undefined : 'wrap'} data-testid={testIds[b.title] ?? 'inspector-block'}>{b.text}</pre>
              )}
            </section>
          ))}
          {d.note && <p className="muted note"><GlossaryText text={t(d.note)} locale={locale} /></p>}
        </>
      )}
    </aside>
  );
}
