import { newSession, prompt, runLine, type Session } from '../shell/session';
import type { World } from '../sim/world';

/** Types each line into a container's shell (reached through its node); returns the transcript (prompts, lines, output). */
export function containerTranscript(start: World, container: string, lines: readonly string[]): string {
  let w = start;
  const machine = w.containers[container]!.machine;
  let s: Session = { ...newSession(), stack: [{ kind: 'laptop' }, { kind: 'node', machine }, { kind: 'container', machine, container }] };
  let out = '';
  for (const line of lines) {
    out += `${prompt(w, s)}${line}\n`;
    const r = runLine(w, s, line);
    out += r.output;
    w = r.world;
    s = r.session;
  }
  return out;
}
