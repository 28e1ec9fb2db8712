import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';

/** What a lesson's checks and quizzes read: the learner's world, the traces of what they ran, the stepper's place. */
export interface LessonView {
  readonly world: World;
  readonly traces: readonly Trace[];
  readonly cursor: { readonly trace: number; readonly packet: number; readonly hop: number } | null;
}

/** Values taken from the learner's world to fill a step's text, e.g. { vni: 4098, ip: '10.0.0.6' }. */
export type Facts = Readonly<Record<string, string | number>>;

/** A pure question about the view: true once the learner has done what the step asks. */
export type Check = (v: LessonView) => boolean;

export interface Quiz {
  /** Choice ids; each is worded by the text `<step>.choice.<id>` (with the step's facts), or shown as it is when `literal`. */
  readonly choices: (v: LessonView) => readonly string[];
  readonly literal?: boolean;
  /** The right choice's id, from the learner's world. */
  readonly answer: (v: LessonView) => string;
}

/**
 * One step. Its words are in the lesson's texts under `<id>.text`, `<id>.hint`, and for a quiz
 * `<id>.question`, `<id>.explain`. A step is done when its check ticks and its quiz is answered right.
 */
export interface Step {
  readonly id: string;
  /** Command lines the learner can click to type into the terminal. */
  readonly commands?: readonly string[];
  readonly check?: Check;
  readonly quiz?: Quiz;
  readonly facts?: (v: LessonView) => Facts;
}

/** A lesson: a pinned built-in scenario (which pins the engine profile) and its steps; words per locale. */
export interface Lesson {
  readonly id: string;
  readonly scenario: string;
  readonly steps: readonly Step[];
  /** Words by key (`title`, `intro`, then per step), one map per locale. */
  readonly texts: { readonly en: ReadonlyMap<string, string>; readonly ko: ReadonlyMap<string, string> };
}
