import { useDeferredValue } from 'react';
import { selectCursor, selectLocale, selectTraces } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { SendDialog } from '../send/SendDialog';
import { stepAt } from '../stepper/stepperModel';
import { useT } from '../useT';
import type { Playground } from '../../store/playground';

const selectReadonly = (s: Playground) => s.readonly;
import { DownloadButton } from './DownloadButton';
import { HopInspector } from './HopInspector';
import './hop.css';

/** The side panel's packet part: send a packet, download the trace, and the current hop's headers. */
export function HopPanel() {
  const traces = usePlayground(selectTraces);
  // The headers and hex view follow a step in the next render, so the step itself (event list, map marker) paints
  // first; on a page opened at a step (a share link, a reload) they come just after the page's first paint.
  const live = usePlayground(selectCursor);
  const cursor = useDeferredValue(live, null);
  const locale = usePlayground(selectLocale);
  const readonly = usePlayground(selectReadonly);
  const t = useT();
  const step = stepAt(traces, cursor);
  // Busy while it still shows the step before the stepper's.
  return (
    <section className="hop-panel" data-testid="hop-inspector" aria-labelledby="hop-title" aria-busy={cursor !== live}>
      <h2 id="hop-title">{t('headers.title')}</h2>
      <div className="hop-actions">
        {!readonly && <SendDialog />}
        {step && <DownloadButton trace={step.trace} locale={locale} />}
      </div>
      {step ? <HopInspector hop={step.hop} locale={locale} /> : <p className="muted">{t('headers.empty')}</p>}
    </section>
  );
}
