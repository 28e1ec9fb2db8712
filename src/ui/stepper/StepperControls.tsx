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
  readonly onPlay: () => void;
  readonly onSpeed: (speed: Speed) => void;
}

/** Reset, back, play/pause, forward, the position and the speed picker. */
export function StepperControls({ t, position, atStart, atEnd, playing, speed, onReset, onStep, onPlay, onSpeed }: Props) {
  return (
    <div className="stepper-nav">
      <button type="button" data-testid="step-reset" aria-label={t('stepper.reset')} title={t('stepper.reset')} onClick={onReset}><Icon name="reset" /></button>
      <button type="button" data-testid="step-prev" aria-label={t('stepper.prev')} title={t('stepper.prev')} disabled={atStart} onClick={() => onStep(-1)}><Icon name="prev" /></button>
      <button type="button" data-testid="step-play" aria-label={playing ? t('stepper.pause') : t('stepper.play')} aria-pressed={playing} title={playing ? t('stepper.pause') : t('stepper.play')} onClick={onPlay}>
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button type="button" data-testid="step-next" aria-label={t('stepper.next')} title={t('stepper.next')} disabled={atEnd} onClick={() => onStep(1)}><Icon name="next" /></button>
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
