import { useId } from 'react';
import type { Facts, Lesson, LessonView, Step } from '../../lessons/lesson';
import { lessonText } from '../../lessons/lessons';
import type { Locale } from '../../i18n/t';
import { useT } from '../useT';
import { RichText } from './RichText';

interface Props {
  readonly lesson: Lesson;
  readonly step: Step & { readonly quiz: NonNullable<Step['quiz']> };
  readonly view: LessonView;
  readonly facts: Facts;
  readonly locale: Locale;
  readonly picked: string | undefined;
  readonly onPick: (choice: string) => void;
}

/** A short question whose choices and right answer come from the learner's world; the feedback explains it. */
export function LessonQuiz({ lesson, step, view, facts, locale, picked, onPick }: Props) {
  const t = useT();
  const labelId = useId();
  const text = (key: string) => lessonText(lesson, locale, `${step.id}.${key}`, facts);
  const answer = step.quiz.answer(view);
  const right = picked !== undefined && picked === answer;
  return (
    <div className="lesson-quiz" data-testid="lesson-quiz">
      <p id={labelId} className="lesson-question"><strong>{t('lesson.quiz')}: </strong><RichText text={text('question')} /></p>
      <div role="group" aria-labelledby={labelId} className="lesson-choices">
        {step.quiz.choices(view).map((c) => (
          <button
            key={c}
            type="button"
            aria-pressed={picked === c}
            data-testid={`lesson-choice-${c}`}
            className={picked === c ? (right ? 'choice-right' : 'choice-wrong') : undefined}
            onClick={() => onPick(c)}
          >
            {step.quiz.literal ? c : <RichText text={text(`choice.${c}`)} />}
          </button>
        ))}
      </div>
      {picked !== undefined && (
        <p role="status" className={right ? 'lesson-right' : 'lesson-wrong'} data-testid="lesson-feedback">
          <strong>{t(right ? 'lesson.right' : 'lesson.wrong')} </strong>
          {right && <RichText text={text('explain')} />}
        </p>
      )}
    </div>
  );
}
