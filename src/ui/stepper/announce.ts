import { explain } from '../../i18n/explain';
import { t, type Locale } from '../../i18n/t';
import { placeLabel, type StepEvent } from './eventList';

/** The sentence a screen reader hears when the stepper lands on an event (`n` of `total` listed). */
export function announcement(locale: Locale, e: StepEvent, n: number, total: number): string {
  const info = explain(locale, e.why);
  const at = placeLabel(e.at);
  if (e.action === 'drop') return t(locale, 'stepper.announceDrop', { n, total, at, info });
  return t(locale, 'stepper.announce', {
    n,
    total,
    at,
    info,
    direction: t(locale, `stepper.dir.${e.direction}`),
    type: t(locale, `action.${e.action}`),
  });
}
