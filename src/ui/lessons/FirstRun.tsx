import { useShallow } from 'zustand/react/shallow';
import { selectFirstRunOpen, selectLessonActions } from '../../store/lessonSlice';
import { usePlayground } from '../../store/usePlayground';
import { FirstRunCard } from './FirstRunCard';
import { pageStorage, rememberFirstRunSeen } from './firstRunSeen';

/** The first-run card while it is open; closing it is remembered, so it greets a visitor once. */
export function FirstRun() {
  const open = usePlayground(selectFirstRunOpen);
  const { setFirstRunOpen } = usePlayground(useShallow(selectLessonActions));
  if (!open) return null;
  return <FirstRunCard onClose={() => { rememberFirstRunSeen(pageStorage()); setFirstRunOpen(false); }} />;
}
