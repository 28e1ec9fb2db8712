import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { explain } from '../../i18n/explain';
import type { MessageKey } from '../../i18n/t';
import { explainPlain } from '../../i18n/explainPlain';
import { selectCursor, selectLocale, selectTraces, selectWorld } from '../../store/selectors';
import { selectFilters, selectPlaying, selectSpeed, selectStepperActions } from '../../store/traceSlice';
import { usePlayground } from '../../store/usePlayground';
import { GlossaryText } from '../glossary/GlossaryText';
import { useT } from '../useT';
import { announcement } from './announce';
import { EventTable } from './EventTable';
import { eventList, filterChoices, filterEvents, isAt, stepFrom } from './eventList';
import { interestingHops, nextInteresting } from './interestingHops';
import { StepperControls } from './StepperControls';
import { StepperFilters } from './StepperFilters';
import { usePlayback } from './usePlayback';
import { useStepperKeys } from './useStepperKeys';
import './stepper.css';

/** Packet Tracer's simulation mode: the current trace's hop events, filters, stepping and playback. */
export function Stepper() {
  const traces = usePlayground(selectTraces);
  const cursor = usePlayground(selectCursor);
  const world = usePlayground(selectWorld);
  const locale = usePlayground(selectLocale);
  const filters = usePlayground(selectFilters);
  const playing = usePlayground(selectPlaying);
  const speed = usePlayground(selectSpeed);
  const { stepTo, setFilters, setPlaying, setSpeed } = usePlayground(useShallow(selectStepperActions));
  const t = useT();
  const traceIndex = cursor?.trace ?? -1;
  const all = useMemo(() => eventList(world, traces, traceIndex), [world, traces, traceIndex]);
  const listed = useMemo(() => filterEvents(all, filters), [all, filters]);
  const choices = useMemo(() => filterChoices(all), [all]);
  const pos = listed.findIndex((e) => isAt(e, cursor));
  const current = all.find((e) => isAt(e, cursor)) ?? null;
  const packet = cursor ? traces[cursor.trace]?.packets[cursor.packet] : undefined;
  const plain = current ? explainPlain(locale, current.why) : null;
  const stops = useMemo(() => {
    const trace = traces[traceIndex];
    const shown = new Set(listed.map((e) => `${e.cursor.packet}.${e.cursor.hop}`));
    return trace ? interestingHops(trace).filter((s) => shown.has(`${s.packet}.${s.hop}`)) : [];
  }, [traces, traceIndex, listed]);
  const here = current ? { packet: current.cursor.packet, hop: current.cursor.hop } : { packet: 0, hop: -1 };
  const nextStop = nextInteresting(stops, here, 1);
  const prevStop = nextInteresting(stops, here, -1);
  /** Jumps to the next (1) or previous (-1) interesting hop; false when there is none. */
  const goInteresting = (dir: 1 | -1): boolean => {
    const to = dir === 1 ? nextStop : prevStop;
    if (!to) return false;
    stepTo({ trace: traceIndex, ...to });
    return true;
  };

  /** Moves `delta` listed events; false when there is nowhere to go. */
  const go = (delta: number): boolean => {
    const e = stepFrom(listed, all, cursor, delta);
    if (!e || isAt(e, cursor)) return false;
    stepTo(e.cursor);
    return true;
  };
  const first = () => {
    const e = listed[0];
    if (e) stepTo(e.cursor);
  };
  const togglePlay = () => {
    if (!playing && pos === listed.length - 1) first();
    setPlaying(!playing);
  };
  useStepperKeys((c) => {
    if (!current && listed.length === 0) return;
    if (c === 'toggle') togglePlay();
    else if (c === 'nextInteresting' || c === 'prevInteresting') goInteresting(c === 'nextInteresting' ? 1 : -1);
    else go(c === 'next' ? 1 : -1);
  });
  usePlayback(playing, speed, () => go(1), () => setPlaying(false));
  const jump = useCallback((c: Parameters<typeof stepTo>[0]) => stepTo(c), [stepTo]);

  return (
    <section className="stepper" data-testid="stepper" aria-labelledby="stepper-title">
      <h2 id="stepper-title">{t('stepper.title')}</h2>
      <p className="visually-hidden" aria-live="polite" data-testid="step-announce">
        {current && pos >= 0 ? announcement(locale, current, pos + 1, listed.length) : ''}
      </p>
      {cursor && traces[cursor.trace]?.problem ? (
        <div className="stepper-problem" data-testid="step-problem" role="status">
          <div className="stepper-command"><code>{traces[cursor.trace]?.command}</code></div>
          <p>{t(traces[cursor.trace]?.problem?.key as MessageKey, traces[cursor.trace]?.problem?.params)}</p>
        </div>
      ) : !cursor || all.length === 0 ? (
        <p className="muted">{t('stepper.empty')}</p>
      ) : (
        <>
          {traces.length > 1 ? (
            <label className="stepper-trace">
              <span>{t('stepper.trace')}</span>
              <select data-testid="trace-picker" value={cursor.trace} onChange={(e) => stepTo({ trace: Number(e.target.value), packet: 0, hop: 0 })}>
                {traces.map((tr, i) => <option key={i} value={i}>{`${i + 1}. ${tr.command}`}</option>)}
              </select>
            </label>
          ) : (
            <div className="stepper-command"><code>{traces[cursor.trace]?.command}</code></div>
          )}
          <StepperControls
            t={t}
            position={t('stepper.hop', { n: pos >= 0 ? pos + 1 : '—', total: listed.length })}
            atStart={pos === 0}
            atEnd={pos === listed.length - 1}
            playing={playing}
            speed={speed}
            onReset={() => { setPlaying(false); first(); }}
            onStep={go}
            noPrevStop={prevStop === null}
            noNextStop={nextStop === null}
            onInteresting={goInteresting}
            onPlay={togglePlay}
            onSpeed={setSpeed}
          />
          <StepperFilters filters={filters} choices={choices} t={t} onChange={setFilters} />
          {current && packet && (
            <div className="stepper-now">
              <div className="stepper-packet">
                {t('stepper.packet', { n: current.cursor.packet + 1, total: traces[current.cursor.trace]?.packets.length ?? 0 })}: {explain(locale, packet.summary)}
              </div>
              {plain !== null && <p className="stepper-plain" data-testid="step-plain"><GlossaryText text={plain} locale={locale} /></p>}
              <p className="stepper-why" data-testid="step-why">
                <GlossaryText text={explain(locale, current.why)} locale={locale} />
                {current.action === 'drop' && <strong> ({t('stepper.dropped')})</strong>}
              </p>
              {current.rule !== '' && <pre className="stepper-rule" data-testid="step-rule" aria-label={t('stepper.rule')}>{current.rule}</pre>}
            </div>
          )}
          <EventTable events={listed} cursor={cursor} locale={locale} t={t} onJump={jump} />
          <p className="stepper-keys muted">{t('stepper.keys')}</p>
        </>
      )}
    </section>
  );
}
