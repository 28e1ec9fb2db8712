import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import { findLesson } from '../../lessons/lessons';
import { startEmbedApi } from './embedApi';
import { embedOptions, type EmbedOptions } from './embedOptions';

/**
 * Sets the page up as an embed when its address asks for one: the forced theme, read-only stepping and the
 * postMessage API (once the session is loaded). Null on the full playground.
 */
export function startEmbed(store: PlaygroundStore, search: string): EmbedOptions | null {
  const options = embedOptions(search);
  if (!options) return null;
  if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;
  store.setState({ readonly: options.readonly });
  // The API starts after the session has loaded, so its `ready` event reports the right scenario.
  queueMicrotask(() => startEmbedApi(store, options));
  return options;
}

/** An embed's `lesson` option: that lesson, on its own scenario (after the session has loaded). True if one opened. */
export function openEmbedLesson(store: PlaygroundStore, search: string): boolean {
  const lesson = findLesson(new URLSearchParams(search).get('lesson') ?? '');
  if (!lesson) return false;
  store.getState().startLesson(lesson.id, lesson.scenario);
  return true;
}
