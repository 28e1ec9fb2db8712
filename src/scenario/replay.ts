import type { Session } from '../shell/session';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import { applyOperation } from '../terminal/applyOperation';
import { scriptLine, tabSwitch } from '../terminal/scriptLine';
import { findTab, startModel, type TerminalModel, type TerminalTab } from '../terminal/terminalModel';
import { emptyTabbed, finalText, flushTab } from './tabbedTranscript';

export interface ReplayResult {
  readonly world: World;
  readonly session: Session;
  /** Exactly what the terminal shows: prompts, typed lines and output. */
  readonly transcript: string;
  readonly traces: readonly Trace[];
  /** The terminal model after the script (its log holds the operations the script became). */
  readonly model: TerminalModel;
}

/**
 * Replays a script as if typed into one terminal tab, starting at the session's prompt (script syntax:
 * src/terminal/scriptLine.ts). A command that runs until interrupted (ping without -c) and is followed
 * by a typed line is interrupted first, as if Ctrl+C had been pressed right away; one still running at
 * the end is interrupted too. `@tab N` moves typing to tab N (opened if new); the transcript then holds every
 * tab's screen, in the order typed, with the `@tab N` lines between.
 */
export function replayScript(world: World, session: Session, script: string): ReplayResult {
  return replayLines(world, session, script.split('\n'));
}

export function replayLines(world: World, session: Session, lines: readonly string[]): ReplayResult {
  let m = startModel(world, session);
  let current = 0;
  let tabbed = emptyTabbed;
  for (const line of lines) {
    const to = tabSwitch(line);
    if (to !== null) {
      tabbed = flushTab(tabbed, m, current, true);
      while (!findTab(m, to) && m.nextTab <= to) m = applyOperation(m, { op: 'open' });
      if (findTab(m, to)) current = to;
      tabbed = { ...tabbed, text: `${tabbed.text}${line.trim()}\n` };
      continue;
    }
    const op = scriptLine(m, current, line);
    if (op) m = applyOperation(m, op);
  }
  for (const t of m.tabs) if (t.running) m = applyOperation(m, { op: 'interrupt', tab: t.id, typed: '' });
  const tab = findTab(m, current) as TerminalTab;
  const transcript = m.tabs.length === 1 ? tab.transcript : finalText(tabbed, m, current);
  return { world: m.world, session: tab.session, transcript, traces: m.traces, model: m };
}
