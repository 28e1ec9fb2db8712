import { THINK_TIME_MS } from '../../scenario/replay';
import { newSession, prompt, runLine } from '../../shell/session';
import { applyChange } from '../../sim/apply';
import type { Trace } from '../../sim/traffic/trace';
import type { World } from '../../sim/world';
import type { SendOutcome } from '../../store/sendSlice';
import { isTrace } from '../../store/traceSlice';
import { sendDirect } from './sendDirect';
import { sendLine, type SendRequest } from './sendLine';

/**
 * Sends what the dialog asks for. When a tool in the sender can do it, the equivalent command line runs
 * in that shell (so the terminal shows the line and its output); otherwise the traffic engine sends the
 * packet itself (UDP, or an image without the tool) and only the trace is kept. Null when nothing can be
 * sent (no such sender, a name given to the laptop).
 */
export function sendPacket(world: World, r: SendRequest): SendOutcome | null {
  // Same pacing as a typed command, so timestamps move on between sends.
  const advanced = applyChange(world, { type: 'clock/advance', ms: THINK_TIME_MS });
  const now = advanced.ok ? advanced.world : world;
  const shell = sendLine(now, r);
  if (shell) {
    const session = { ...newSession(), stack: shell.stack };
    const result = runLine(now, session, shell.line);
    const traces = result.traces.filter(isTrace);
    const finished = result.running ? result.running.interrupt(0).text : '';
    return { world: result.world, traces, shown: `${prompt(now, session)}${shell.line}\n${result.output}${finished}` };
  }
  const direct = sendDirect(now, r);
  if (!direct) return null;
  const traces: Trace[] = [direct.trace];
  return { world: direct.world, traces, shown: '' };
}
