import type { Session } from '../shell/session';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import { applyOperation } from '../terminal/applyOperation';
import { scriptLine } from '../terminal/scriptLine';
import { findTab, startModel, type TerminalModel, type TerminalTab } from '../terminal/terminalModel';

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
 * the end is interrupted too.
 */
export function replayScript(world: World, session: Session, script: string): ReplayResult {
  return replayLines(world, session, script.split('\n'));
}

export function replayLines(world: World, session: Session, lines: readonly string[]): ReplayResult {
  let m = startModel(world, session);
  for (const line of lines) {
    const op = scriptLine(m, 0, line);
    if (op) m = applyOperation(m, op);
  }
  if (findTab(m, 0)?.running) m = applyOperation(m, { op: 'interrupt', tab: 0, typed: '' });
  const tab = findTab(m, 0) as TerminalTab;
  return { world: m.world, session: tab.session, transcript: tab.transcript, traces: m.traces, model: m };
}
