import type { Frame } from '../shell/types';
import { isIpv4 } from '../shell/container/net/resolveHost';
import type { Trace } from '../sim/traffic/trace';
import { openTab, typeLine } from './tabs';
import { directCommand, sendDirect } from './sendDirect';
import { sendLine, type SendRequest } from './sendRequest';
import { type TerminalModel } from './terminalModel';

const sameFrame = (a: Frame, b: Frame): boolean =>
  a.kind === b.kind && (a.kind === 'laptop' || (a.machine === (b as typeof a).machine && (a.kind !== 'container' || a.container === (b as typeof a).container)));
const sameStack = (a: readonly Frame[], b: readonly Frame[]): boolean => a.length === b.length && a.every((f, i) => sameFrame(f, b[i] as Frame));

/**
 * The tab a send runs its command in: the first idle tab whose shell is the sender's (the laptop, or that
 * container), else a new tab (`m.nextTab`). Null when no command runs (the traffic engine sends it).
 */
export function sendTab(m: TerminalModel, r: SendRequest): number | null {
  const shell = sendLine(m.world, r);
  if (!shell || sendProblem(r)) return null;
  const idle = m.tabs.find((t) => !t.running && t.session.pending === '' && sameStack(t.session.stack, shell.stack));
  return idle ? idle.id : m.nextTab;
}

/** Why a send cannot start, as a message key, or null: the laptop has no cluster DNS, so it needs an address. */
function sendProblem(r: SendRequest): string | null {
  return r.from === 'laptop' && !isIpv4(r.to.trim()) ? 'send.impossible' : null;
}

/**
 * What the send dialog does (already paced by the caller): the equivalent command line runs visibly in the
 * sender's tab (sendTab); otherwise the traffic engine sends the packet and only its trace is kept; a send
 * that cannot happen leaves a trace with no packets and the reason, so the stepper can say why.
 */
export function sendOperation(m: TerminalModel, r: SendRequest): TerminalModel {
  const problem = sendProblem(r);
  const tab = problem ? null : sendTab(m, r);
  if (tab !== null) {
    const shell = sendLine(m.world, r);
    if (shell) {
      const opened = tab === m.nextTab ? openTab(m, { stack: shell.stack, history: [], lastExitCode: 0, pending: '' }) : m;
      return typeLine(opened, tab, shell.line);
    }
  }
  const direct = problem ? null : sendDirect(m.world, r);
  if (direct) return { ...m, world: direct.world, traces: [...m.traces, direct.trace] };
  const failed: Trace = { command: directCommand(r), startMs: m.world.now, packets: [], problem: { key: problem ?? 'send.no-sender', params: { from: r.from, to: r.to.trim() } } };
  return { ...m, traces: [...m.traces, failed] };
}
