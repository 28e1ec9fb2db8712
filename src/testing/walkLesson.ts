import type { Trace } from '../sim/traffic/trace';
import { format } from '../i18n/t';
import { harness } from './harness';
import type { Lesson, LessonView, Step } from '../lessons/lesson';

/** What a headless walk of one step saw: the view after its commands, whether its check ticked, the quiz's right choice. */
export interface StepWalk {
  readonly step: Step;
  readonly view: LessonView;
  readonly ticked: boolean;
  readonly answer: string | null;
  readonly choices: readonly string[];
}

/**
 * Follows a lesson as a learner clicking every command would (for tests): each step's commands are run
 * in order on the lesson's scenario; `extra` adds lines after a step (a wait, a Ctrl+C) by step id.
 * The stepper cursor is put on the first hop whose action a step's `cursorTo` names.
 */
export function walkLesson(lesson: Lesson, extra: ReadonlyMap<string, string> = new Map(), cursorTo: ReadonlyMap<string, (t: readonly Trace[]) => LessonView['cursor']> = new Map()): StepWalk[] {
  const h = harness(lesson.scenario);
  const traces: Trace[] = [];
  let cursor: LessonView['cursor'] = null;
  return lesson.steps.map((step) => {
    const facts = step.facts?.({ world: h.world, traces, cursor }) ?? {};
    for (const line of step.commands ?? []) {
      h.run(format(line, facts));
      traces.push(...(h.last?.traces ?? []));
    }
    const more = extra.get(step.id);
    if (more) { h.run(more); traces.push(...(h.last?.traces ?? [])); }
    const at = cursorTo.get(step.id);
    if (at) cursor = at(traces);
    const view: LessonView = { world: h.world, traces: [...traces], cursor };
    return {
      step,
      view,
      ticked: step.check ? step.check(view) : true,
      answer: step.quiz ? step.quiz.answer(view) : null,
      choices: step.quiz ? step.quiz.choices(view) : [],
    };
  });
}
