import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LessonView } from '../../lessons/lesson';
import { findLesson, lessonText } from '../../lessons/lessons';
import { selectLesson, selectLessonActions, selectStepStartCommands } from '../../store/lessonSlice';
import type { Playground } from '../../store/playground';
import { selectCursor, selectLocale, selectTraces, selectWorld } from '../../store/selectors';
import { usePlayground } from '../../store/usePlayground';
import { useT } from '../useT';
import { LessonStep } from './LessonStep';
import { RichText } from './RichText';
import './lesson.css';

const selectCommandCount = (s: Playground) => s.model.log.length;

/** The lesson beside the terminal: the current step, its check ticking on the learner's world, back/next/restart. */
export function LessonPanel() {
  const t = useT();
  const progress = usePlayground(selectLesson);
  const locale = usePlayground(selectLocale);
  const world = usePlayground(selectWorld);
  const traces = usePlayground(selectTraces);
  const cursor = usePlayground(selectCursor);
  const commandCount = usePlayground(selectCommandCount);
  const stepStart = usePlayground(selectStepStartCommands);
  const { startLesson, leaveLesson, goToStep, markStepDone, answerQuiz, typeIntoTerminal } = usePlayground(useShallow(selectLessonActions));
  const view: LessonView = useMemo(() => ({ world, traces, cursor }), [world, traces, cursor]);
  const lesson = progress ? findLesson(progress.lessonId) : undefined;
  const step = lesson && progress ? lesson.steps[progress.stepIndex] : undefined;
  const checked = step?.check ? step.check(view) : true;
  const picked = step && progress ? progress.answers[step.id] : undefined;
  const answered = !step?.quiz || (picked !== undefined && picked === step.quiz.answer(view));
  const stepDone = step !== undefined && checked && answered;
  // A step whose check has not ticked after more commands than it offers is stalled.
  const stalled = step?.check !== undefined && !checked && commandCount - stepStart > (step.commands?.length ?? 0);
  const wrong = picked !== undefined && !answered;
  useEffect(() => {
    if (step && stepDone && !progress?.done.includes(step.id)) markStepDone(step.id);
  }, [step, stepDone, progress, markStepDone]);
  // Moving to another step puts focus on its heading, so a screen reader reads the new step.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(progress?.stepIndex);
  useEffect(() => {
    if (shownStep.current !== undefined && shownStep.current !== progress?.stepIndex) heading.current?.focus({ preventScroll: true });
    shownStep.current = progress?.stepIndex;
  }, [progress?.stepIndex]);
  if (!lesson || !progress) return null;
  const total = lesson.steps.length;
  const finished = progress.stepIndex >= total;
  return (
    <section className="lesson-panel" aria-labelledby="lesson-title" data-testid="lesson-panel">
      <header className="lesson-head">
        <h2 id="lesson-title"><span className="muted">{t('lesson.label')}</span> {lessonText(lesson, locale, 'title')}</h2>
        <div className="lesson-tools">
          <button type="button" data-testid="lesson-restart" onClick={() => startLesson(lesson.id, lesson.scenario)}>{t('lesson.restart')}</button>
          <button type="button" data-testid="lesson-close" aria-label={t('lesson.close')} onClick={leaveLesson}>×</button>
        </div>
      </header>
      {progress.stepIndex === 0 && <p className="lesson-intro"><RichText text={lessonText(lesson, locale, 'intro')} /></p>}
      <h3 ref={heading} tabIndex={-1} className="lesson-counter" data-testid="lesson-counter">
        {finished ? t('lesson.finished') : t('lesson.step', { n: progress.stepIndex + 1, total })}
      </h3>
      <progress max={total} value={progress.done.length} aria-label={t('lesson.steps')} />
      {finished ? (
        <p className="lesson-text" data-testid="lesson-finished"><RichText text={lessonText(lesson, locale, 'done')} /></p>
      ) : step && (
        <LessonStep
          lesson={lesson}
          step={step}
          view={view}
          locale={locale}
          checked={checked}
          showHint={stalled || wrong}
          picked={picked}
          onPick={(c) => answerQuiz(step.id, c)}
          onType={typeIntoTerminal}
        />
      )}
      <nav className="lesson-nav" aria-label={t('lesson.steps')}>
        <button type="button" data-testid="lesson-back" disabled={progress.stepIndex === 0} onClick={() => goToStep(progress.stepIndex - 1)}>{t('lesson.back')}</button>
        {!finished && (
          <button type="button" className="primary" data-testid="lesson-next" disabled={!stepDone} onClick={() => goToStep(progress.stepIndex + 1)}>
            {t(progress.stepIndex === total - 1 ? 'lesson.finish' : 'lesson.next')}
          </button>
        )}
      </nav>
    </section>
  );
}
