import { useCallback, useMemo, useState } from 'react';
import { explain } from '../../i18n/explain';
import { explainPlain } from '../../i18n/explainPlain';
import type { Locale } from '../../i18n/t';
import type { Hop } from '../../sim/traffic/trace';
import { GlossaryText } from '../glossary/GlossaryText';
import { useT } from '../useT';
import { HexView } from './HexView';
import { changedRanges, fieldAt, hopLayers, type FieldView } from './hopLayers';
import { LayerTree } from './LayerTree';

/** One hop in depth: the decision and its rule, the headers as layers with this hop's changes, the bytes. */
export function HopInspector({ hop, locale }: { readonly hop: Hop; readonly locale: Locale }) {
  const t = useT();
  // A 'send' hop creates the packet: nothing was there before it to compare with.
  const layers = useMemo(() => hopLayers(hop.action === 'send' ? hop.after : hop.before, hop.after), [hop]);
  const changed = useMemo(() => changedRanges(layers), [layers]);
  // The field pointed at belongs to the hop it was pointed at on: the next hop starts with none. The inspector
  // itself stays mounted from hop to hop, so a step updates its rows instead of building them again.
  const [pointed, setPointed] = useState<{ readonly hop: Hop; readonly field: FieldView | null }>({ hop, field: null });
  const active = pointed.hop === hop ? pointed.field : null;
  const setActive = useCallback((field: FieldView | null) => setPointed({ hop, field }), [hop]);
  const onHoverByte = useCallback((i: number | null) => setActive(i === null ? null : fieldAt(layers, i)), [layers, setActive]);
  const dropped = hop.action === 'drop';
  const plain = explainPlain(locale, hop.why);
  return (
    <div className="hop-body">
      <div className={`hop-decision${dropped ? ' dropped' : ''}`} data-testid="hop-decision">
        <h3>{dropped ? t('headers.dropped') : t('headers.decision')}</h3>
        {plain !== null && <p className="hop-plain" data-testid="hop-plain"><GlossaryText text={plain} locale={locale} /></p>}
        <p className="hop-expert" data-testid="hop-why"><GlossaryText text={explain(locale, hop.why)} locale={locale} /></p>
        {hop.rule !== '' && (
          <>
            <h4 id="hop-rule-label">{t('headers.rule')}</h4>
            <pre className="hop-rule" data-testid="hop-rule" aria-labelledby="hop-rule-label" tabIndex={0}><code>{hop.rule}</code></pre>
          </>
        )}
      </div>
      <h3>{t('headers.layers')}</h3>
      <LayerTree layers={layers} active={active?.id ?? null} onActive={setActive} />
      <h3>{t('headers.bytes', { length: hop.after.length })}</h3>
      <HexView bytes={hop.after} highlight={active?.range ?? null} changed={changed} onHoverByte={onHoverByte} />
    </div>
  );
}
