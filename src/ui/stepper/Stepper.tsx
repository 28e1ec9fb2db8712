import { useShallow } from 'zustand/react/shallow';
import { explain } from '../../i18n/explain';
import { selectActions, selectCursor, selectLocale, selectTraces } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { move, stepAt } from './stepperModel';

/** Plays back the latest command's packets hop by hop: where the packet is, what decided, and the rule. */
export function Stepper() {
  const traces = usePlayground(selectTraces);
  const cursor = usePlayground(selectCursor);
  const locale = usePlayground(selectLocale);
  const { stepTo } = usePlayground(useShallow(selectActions));
  const t = useT();
  const step = stepAt(traces, cursor);
  return (
    <section className="stepper" data-testid="stepper" aria-labelledby="stepper-title">
      <h2 id="stepper-title">{t('stepper.title')}</h2>
      {!step || !cursor ? (
        <p className="muted">{t('stepper.empty')}</p>
      ) : (
        <>
          <div className="stepper-command"><code>{step.trace.command}</code></div>
          <div className="stepper-packet">
            {t('stepper.packet', { n: cursor.packet + 1, total: step.trace.packets.length })}: {explain(locale, step.packet.summary)}
          </div>
          <div className="stepper-nav">
            <button type="button" data-testid="step-prev" aria-label={t('stepper.prev')} disabled={step.index === 0} onClick={() => stepTo(move(traces, cursor, -1))}>◀</button>
            <span data-testid="step-position" aria-live="polite">{t('stepper.hop', { n: step.index + 1, total: step.total })}</span>
            <button type="button" data-testid="step-next" aria-label={t('stepper.next')} disabled={step.index === step.total - 1} onClick={() => stepTo(move(traces, cursor, 1))}>▶</button>
          </div>
          <p className="stepper-why" data-testid="step-why">
            {explain(locale, step.hop.why)}
            {step.hop.action === 'drop' && <strong> ({t('stepper.dropped')})</strong>}
          </p>
          <dl>
            <div className="inspector-row">
              <dt>{t('stepper.where')}</dt>
              <dd>{[step.hop.at.machine, step.hop.at.namespace, step.hop.at.iface].filter((x) => x !== '').join(' · ')}</dd>
            </div>
            {step.hop.rule !== '' && (
              <div className="inspector-row">
                <dt>{t('stepper.rule')}</dt>
                <dd data-testid="step-rule">{step.hop.rule}</dd>
              </div>
            )}
            <div className="inspector-row">
              <dd className="muted">{t('stepper.frame', { before: step.hop.before.length, after: step.hop.after.length })}</dd>
              <dd className="muted">{t('stepper.time', { us: step.hop.timeUs })}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
