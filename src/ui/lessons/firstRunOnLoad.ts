import { findLesson } from '../../lessons/lessons';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { firstRunSeen, type pageStorage } from './firstRunSeen';

/**
 * `?lesson=ID` opens that lesson on its scenario. Otherwise the first-run card opens for a first visit
 * to the bare page; a link that names a scenario was sent to show something, so it opens straight on it,
 * and so does a session that already holds work (a share link, an autosave, a lesson in progress).
 */
export function firstRunOnLoad(store: PlaygroundStore, search: string, storage: ReturnType<typeof pageStorage>): void {
  const query = new URLSearchParams(search);
  const lesson = findLesson(query.get('lesson') ?? '');
  if (lesson) store.getState().startLesson(lesson.id, lesson.scenario);
  const s = store.getState();
  const hasWork = s.model.log.length > 0 || s.lesson !== null;
  s.setFirstRunOpen(!lesson && !hasWork && !query.has('scenario') && !firstRunSeen(storage));
}
