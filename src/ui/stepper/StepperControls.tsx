import type { Translate } from '../../i18n/t';
import { SPEEDS, type Speed } from '../../store/traceSlice';
import { Icon } from './icons';

interface Props {
  readonly t: Translate;
  /** "Hop n of total". */
  readonly position: string;
  readonly atStart: boolean;
  readonly atEnd: boolean;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly onReset: () => void;
  readonly onStep: (delta: number) => void;
  /** No interesting hop before / after the current one. */
  readonly noPrevStop: boolean;
  readonly noNextStop: boolean;
  readonly onInteresting: (dir: 1 | -1) => void;
  readonly onPlay: () => void;
  readonly onSpeed: (speed: Speed) => void;
}

/** Reset, back to the previous interesting hop, back, play/pause, forward, on to the next interesting hop, the position and the speed picker. */
export function StepperControls({ t, position, atStart, atEnd, playing, speed, onReset, onStep, noPrevStop, noNextStop, onInteresting, onPlay, onSpeed }: Props) {
  return (
    <div className="stepper-nav">
      <button type="button" data-testid="step-reset" aria-label={t('stepper.reset')} title={t('stepper.reset')} onClick={onReset}><Icon name="reset" /></button>
      <button type="button" data-testid="step-prev-interesting" aria-label={t('stepper.prevInteresting')} aria-keyshortcuts="Shift+ArrowLeft" title={t('stepper.prevInteresting')} disabled={noPrevStop} onClick={() => onInteresting(-1)}><Icon name="prevStop" /></button>
      <button type="button" data-testid="step-prev" aria-label={t('stepper.prev')} title={t('stepper.prev')} disabled={atStart} onClick={() => onStep(-1)}><Icon name="prev" /></button>
      <button type="button" data-testid="step-play" aria-label={playing ? t('stepper.pause') : t('stepper.play')} aria-pressed={playing} title={playing ? t('stepper.pause') : t('stepper.play')} onClick={onPlay}>
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button type="button" data-testid="step-next" aria-label={t('stepper.next')} title={t('stepper.next')} disabled={atEnd} onClick={() => onStep(1)}><Icon name="next" /></button>
      <button type="button" data-testid="step-next-interesting" aria-label={t('stepper.nextInteresting')} aria-keyshortcuts="Shift+ArrowRight" title={t('stepper.nextInteresting')} disabled={noNextStop} onClick={() => onInteresting(1)}><Icon name="nextStop" /></button>
      <span className="stepper-position" data-testid="step-position">{position}</span>
      <label className="stepper-speed">
        <span className="visually-hidden">{t('stepper.speed')}</span>
        <select data-testid="step-speed" value={speed} onChange={(e) => onSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => <option key={s} value={s}>{`${s}×`}</option>)}
        </select>
      </label>
    </div>
  );
}
