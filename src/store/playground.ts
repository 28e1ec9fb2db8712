import type { HistorySlice } from './historySlice';
import type { LessonSlice } from './lessonSlice';
import type { NoticeSlice } from './noticeSlice';
import type { PrefsSlice } from './prefsSlice';
import type { SelectionSlice } from './selectionSlice';
import type { TerminalSlice } from './terminalSlice';
import type { TraceSlice } from './traceSlice';
import type { WorldSlice } from './worldSlice';

/** The whole store: every slice together. */
export type Playground = WorldSlice & TerminalSlice & SelectionSlice & TraceSlice & PrefsSlice & HistorySlice & NoticeSlice & LessonSlice;
