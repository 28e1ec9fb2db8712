import { memo, useEffect, useRef } from 'react';
import { afterNextFrame } from '../afterNextFrame';
import { explain } from '../../i18n/explain';
import type { Locale, Translate } from '../../i18n/t';
import type { StepCursor } from '../../store/traceSlice';
import { isAt, placeLabel, timeLabel, type StepEvent } from './eventList';

interface RowProps {
  readonly e: StepEvent;
  readonly current: boolean;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onJump: (c: StepCursor) => void;
}

/**
 * Scrolls the event list (only the list, never the page) so the row shows. Reads the row's offset
 * within the list rather than calling scrollIntoView, which would lay out and scroll every ancestor,
 * and reads it after the step's frame (read in the step's own task it forced a layout that the rest of
 * the step then dirtied again; read in that frame's animation callback it held the frame up).
 */
function scrollRowIntoList(row: HTMLElement | null): void {
  const list = row?.closest<HTMLElement>('.stepper-events');
  if (!row || !list) return;
  const top = row.offsetTop;
  const bottom = top + row.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}

/** One event; only the rows whose `current` flips re-render on a step. */
const EventRow = memo(function EventRow({ e, current, locale, t, onJump }: RowProps) {
  const ref = useRef<HTMLTableRowElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!current) return;
    const cancel = afterNextFrame(() => scrollRowIntoList(ref.current));
    // Focus follows the step when it was on another row's number.
    if (document.activeElement?.classList.contains('event-jump')) button.current?.focus();
    return cancel;
  }, [current]);
  const time = timeLabel(e.timeUs);
  return (
    <tr
      ref={ref}
      role="row"
      className={`event${current ? ' event-current' : ''}${e.action === 'drop' ? ' event-drop' : ''} event-${e.direction}`}
      aria-current={current ? 'step' : undefined}
      data-testid={`event-${e.n}`}
      onClick={() => onJump(e.cursor)}
    >
      <td role="cell" className="event-n">
        <button ref={button} type="button" className="event-jump" tabIndex={current ? 0 : -1} aria-label={t('stepper.jump', { n: e.n })}>{e.n}</button>
      </td>
      <td role="cell" className="event-time">{t(time.key, { n: time.n })}</td>
      <td role="cell" className="event-place event-at">{placeLabel(e.at)}</td>
      <td role="cell" className="event-place event-from muted">
        <span className="event-label">{t('stepper.col.from')}: </span>
        {e.from ? placeLabel(e.from) : '—'}
      </td>
      <td role="cell" className="event-type"><span className={`type type-${e.action}`}>{t(`action.${e.action}`)}</span></td>
      <td role="cell" className="event-info">{explain(locale, e.why)}</td>
      <td role="cell" className="event-dir">{e.direction === 'request' ? '→' : '←'} {t(`stepper.dir.${e.direction}`)}</td>
    </tr>
  );
});

interface Props {
  readonly events: readonly StepEvent[];
  readonly cursor: StepCursor | null;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onJump: (c: StepCursor) => void;
}

/** The event list, Packet Tracer style: a row per hop; click a row (or its number) to jump there. */
export function EventTable({ events, cursor, locale, t, onJump }: Props) {
  if (events.length === 0) return <p className="muted" data-testid="events-empty">{t('stepper.noMatch')}</p>;
  return (
    <div className="stepper-events" tabIndex={0} role="region" aria-label={t('stepper.events')} data-testid="events">
      {/* Explicit roles: narrow layouts restyle rows as grids, which would drop native table semantics. */}
      <table role="table">
        <caption className="visually-hidden">{t('stepper.events')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {(['n', 'time', 'at', 'from', 'type', 'info', 'dir'] as const).map((c) => (
              <th key={c} scope="col" role="columnheader">{t(`stepper.col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {events.map((e) => (
            <EventRow key={e.n} e={e} current={isAt(e, cursor)} locale={locale} t={t} onJump={onJump} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
