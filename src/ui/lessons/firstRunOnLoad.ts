import { findLesson } from '../../lessons/lessons';
import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { firstRunSeen, type pageStorage } from './firstRunSeen';

/**
 * `?lesson=ID` opens that lesson on its scenario. Otherwise the first-run card opens for a first visit
 * to the bare page; a link that names a scenario was sent to show something, so it opens straight on it.
 */
export function firstRunOnLoad(store: PlaygroundStore, search: string, storage: ReturnType<typeof pageStorage>): void {
  const query = new URLSearchParams(search);
  const lesson = findLesson(query.get('lesson') ?? '');
  if (lesson) store.getState().startLesson(lesson.id, lesson.scenario);
  store.getState().setFirstRunOpen(!lesson && !query.has('scenario') && !firstRunSeen(storage));
}
