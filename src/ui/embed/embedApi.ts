import type { PlaygroundStore } from '../../store/createPlaygroundStore';
import type { EmbedOptions } from './embedOptions';
import { handleHostMessage, PREFIX, stepOf } from './embedMessages';

/**
 * The postMessage API of an embed: commands from the host page (only from the origin the embed was given,
 * only from its parent window) and events back to that origin. Without an origin nothing is taken or sent.
 */
export function startEmbedApi(store: PlaygroundStore, options: EmbedOptions): () => void {
  const origin = options.origin;
  if (!origin || window.parent === window) return () => undefined;
  const post = (type: string, detail: Record<string, unknown> = {}) => window.parent.postMessage({ type: `${PREFIX}${type}`, ...detail }, origin);
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== origin || e.source !== window.parent) return;
    const r = handleHostMessage(store, e.data, options.readonly);
    if (!r.ok) post('error', { error: r.error });
  };
  window.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((s, p) => {
    if (s.cursor !== p.cursor && s.cursor) {
      const at = stepOf(store);
      if (at) post('step', at);
    }
    if (s.model.log !== p.model.log) {
      const op = s.model.log[s.model.log.length - 1];
      const tab = op?.op === 'type' ? s.model.tabs.find((t) => t.id === op.tab) : undefined;
      const before = tab ? (p.model.tabs.find((t) => t.id === tab.id)?.transcript ?? '') : '';
      if (op?.op === 'type' && tab) post('command', { line: op.line, output: tab.transcript.startsWith(before) ? tab.transcript.slice(before.length) : tab.transcript });
    }
    // A lesson check that ticked: a step newly done in the same lesson.
    const was = p.lesson && p.lesson.lessonId === s.lesson?.lessonId ? p.lesson.done.length : 0;
    if (s.lesson && s.lesson.done.length > was) post('lesson-check', { lesson: s.lesson.lessonId, check: s.lesson.done[s.lesson.done.length - 1] });
  });
  post('ready', { scenario: store.getState().scenarioName });
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
