import type { Playground } from '../../store/playground';

/**
 * The question a command waits at (docker's `... [y/N] `): the transcript's unfinished last line, drawn
 * as the input line's prompt so the typed answer sits after it. Empty when nothing waits.
 */
export function questionLine(s: Pick<Playground, 'session' | 'transcript'>): string {
  return s.session.asking ? s.transcript.slice(s.transcript.lastIndexOf('\n') + 1) : '';
}
