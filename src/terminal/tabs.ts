import type { Locale } from '../i18n/t';
import { prompt, runLine, type Session } from '../shell/session';
import { findTab, withTab, type TerminalModel, type TerminalTab } from './terminalModel';

/** A new tab with a fresh laptop shell (or the given session), at the end of the strip. */
export function openTab(m: TerminalModel, session?: Session): TerminalModel {
  const tab: TerminalTab = { id: m.nextTab, session: session ?? { stack: [{ kind: 'laptop' }], history: [], lastExitCode: 0, pending: '' }, transcript: '', running: null };
  return { ...m, tabs: [...m.tabs, tab], nextTab: m.nextTab + 1 };
}

/** Runs a line at a tab's prompt (no pacing): echo, output, traces, and a command that keeps running. */
export function typeLine(m: TerminalModel, id: number, line: string, locale?: Locale): TerminalModel {
  const tab = findTab(m, id) as TerminalTab;
  const echo = `${prompt(m.world, tab.session)}${line}\n`;
  const r = runLine(m.world, tab.session, line, locale);
  const next: TerminalTab = {
    ...tab,
    session: r.session,
    transcript: r.clear ? r.output : tab.transcript + echo + r.output,
    running: r.running ? { process: r.running, startedAt: r.world.now, printed: '', traces: { from: m.traces.length, count: r.traces.length } } : null,
  };
  return withTab({ ...m, world: r.world, traces: r.traces.length > 0 ? [...m.traces, ...r.traces] : m.traces }, next);
}

export function interruptTab(m: TerminalModel, tab: TerminalTab): TerminalModel {
  const running = tab.running;
  if (!running) return m;
  const elapsed = m.world.now - running.startedAt;
  const all = running.process.outputUntil(elapsed);
  const end = running.process.interrupt(elapsed);
  // The packets it sent until now replace those it reported when it started.
  const { from, count } = running.traces;
  const traces = end.traces ? [...m.traces.slice(0, from), ...end.traces, ...m.traces.slice(from + count)] : m.traces;
  return withTab({ ...m, traces }, {
    ...tab,
    transcript: tab.transcript + all.slice(running.printed.length) + end.text,
    running: null,
    session: { ...tab.session, lastExitCode: end.exitCode },
  });
}

