import type { StateCreator } from 'zustand';
import type { Playground } from './playground';

/** Where the learner is in a lesson: plain data, saved and restored as it is. */
export interface LessonProgress {
  readonly lessonId: string;
  readonly stepIndex: number;
  /** Ids of the steps whose check ticked or whose quiz was answered right. */
  readonly done: readonly string[];
  /** The last choice picked in each step's quiz, by step id. */
  readonly answers: Readonly<Record<string, string>>;
}

/** Text a click asked to put on the terminal's line (`seq` tells two clicks on the same command apart). */
export interface TerminalInput {
  readonly text: string;
  readonly seq: number;
}

export interface LessonSlice {
  /** The lesson being followed, or null. */
  readonly lesson: LessonProgress | null;
  /** The latest text clicked into the terminal's line; the terminal puts it there, the learner presses Enter. */
  readonly terminalInput: TerminalInput | null;
  /** Whether the first-run card is shown. */
  readonly firstRunOpen: boolean;
  readonly setFirstRunOpen: (open: boolean) => void;
  /** How many commands had run when the current step opened (to tell a stalled try). */
  readonly stepStartCommands: number;
  /** A first command shown dim at an empty prompt until a command runs, or null. */
  readonly terminalHint: string | null;
  /** Starts (or restarts) a lesson on its pinned scenario, at its first step. */
  readonly startLesson: (lessonId: string, scenario: string) => void;
  readonly leaveLesson: () => void;
  readonly goToStep: (stepIndex: number) => void;
  readonly markStepDone: (stepId: string) => void;
  readonly answerQuiz: (stepId: string, choice: string) => void;
  /** Puts saved progress back (the scenario's world is restored by whoever saved it). */
  readonly restoreLessonProgress: (data: LessonProgress | null) => void;
  readonly typeIntoTerminal: (text: string) => void;
  readonly setTerminalHint: (hint: string | null) => void;
}

const start = (lessonId: string): LessonProgress => ({ lessonId, stepIndex: 0, done: [], answers: {} });

export const createLessonSlice: StateCreator<Playground, [], [], LessonSlice> = (set, get) => {
  const update = (change: (p: LessonProgress) => LessonProgress) => {
    const p = get().lesson;
    if (!p) return;
    const next = change(p);
    if (next !== p) set({ lesson: next });
  };
  return {
    lesson: null,
    terminalInput: null,
    terminalHint: null,
    stepStartCommands: 0,
    firstRunOpen: false,
    setFirstRunOpen: (firstRunOpen) => set({ firstRunOpen }),
    startLesson: (lessonId, scenario) => {
      get().loadScenario(scenario);
      set({ lesson: start(lessonId), terminalHint: null, stepStartCommands: 0 });
    },
    leaveLesson: () => set({ lesson: null }),
    goToStep: (stepIndex) => {
      update((p) => (p.stepIndex === stepIndex || stepIndex < 0 ? p : { ...p, stepIndex }));
      set({ stepStartCommands: get().model.log.length });
    },
    markStepDone: (stepId) => update((p) => (p.done.includes(stepId) ? p : { ...p, done: [...p.done, stepId] })),
    answerQuiz: (stepId, choice) => update((p) => (p.answers[stepId] === choice ? p : { ...p, answers: { ...p.answers, [stepId]: choice } })),
    restoreLessonProgress: (data) => set({ lesson: data ? { lessonId: data.lessonId, stepIndex: data.stepIndex, done: [...data.done], answers: { ...data.answers } } : null }),
    typeIntoTerminal: (text) => set({ terminalInput: { text, seq: (get().terminalInput?.seq ?? 0) + 1 } }),
    setTerminalHint: (terminalHint) => set({ terminalHint }),
  };
};

export const selectLesson = (s: Playground) => s.lesson;
export const selectStepStartCommands = (s: Playground) => s.stepStartCommands;
export const selectFirstRunOpen = (s: Playground) => s.firstRunOpen;
export const selectTerminalHint = (s: Playground) => s.terminalHint;
/** The lesson actions (stable identities; pick with useShallow). */
export const selectLessonActions = (s: Playground) => ({
  startLesson: s.startLesson,
  leaveLesson: s.leaveLesson,
  goToStep: s.goToStep,
  markStepDone: s.markStepDone,
  answerQuiz: s.answerQuiz,
  typeIntoTerminal: s.typeIntoTerminal,
  setTerminalHint: s.setTerminalHint,
  setFirstRunOpen: s.setFirstRunOpen,
});
