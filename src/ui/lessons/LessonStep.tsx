import { format, type Locale } from '../../i18n/t';
import type { Facts, Lesson, LessonView, Step } from '../../lessons/lesson';
import { lessonText } from '../../lessons/lessons';
import { useT } from '../useT';
import { LessonQuiz } from './LessonQuiz';
import { RichText } from './RichText';

interface Props {
  readonly lesson: Lesson;
  readonly step: Step;
  readonly view: LessonView;
  readonly locale: Locale;
  readonly checked: boolean;
  readonly showHint: boolean;
  readonly picked: string | undefined;
  readonly onPick: (choice: string) => void;
  readonly onType: (command: string) => void;
}

/** One step: its text, the commands to click into the terminal, its check, its quiz and its hint. */
export function LessonStep({ lesson, step, view, locale, checked, showHint, picked, onPick, onType }: Props) {
  const t = useT();
  const facts: Facts = step.facts?.(view) ?? {};
  const text = (key: string) => lessonText(lesson, locale, `${step.id}.${key}`, facts);
  const commands = (step.commands ?? []).map((c) => format(c, facts));
  return (
    <div className="lesson-step" data-testid={`lesson-step-${step.id}`}>
      <p className="lesson-text"><RichText text={text('text')} /></p>
      {commands.length > 0 && (
        <>
          <p className="muted note" id={`cmds-${step.id}`}>{t('lesson.commands')}</p>
          <ul className="lesson-commands" aria-labelledby={`cmds-${step.id}`}>
            {commands.map((c, i) => (
              <li key={`${i}-${c}`}>
                <button type="button" className="lesson-command" data-testid="lesson-command" aria-label={t('lesson.typeCommand', { command: c })} onClick={() => onType(c)}>
                  <code>{c}</code>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {step.check && (
        <p className={checked ? 'lesson-check done' : 'lesson-check'} role="status" data-testid="lesson-check" data-done={checked}>
          <span aria-hidden="true">{checked ? '✓' : '○'}</span> {t(checked ? 'lesson.checkDone' : 'lesson.checkWaiting')}
        </p>
      )}
      {step.quiz && (!step.check || checked) && (
        <LessonQuiz lesson={lesson} step={{ ...step, quiz: step.quiz }} view={view} facts={facts} locale={locale} picked={picked} onPick={onPick} />
      )}
      {showHint && text('hint') !== '' && (
        <p className="lesson-hint" data-testid="lesson-hint"><strong>{t('lesson.hint')}: </strong><RichText text={text('hint')} /></p>
      )}
    </div>
  );
}
