import { abandonQuestion, prompt } from '../shell/session';
import { applyChange } from '../sim/apply';
import type { World } from '../sim/world';
import type { Operation } from './operation';
import { sendOperation } from './sendOperation';
import { interruptTab, openTab, typeLine } from './tabs';
import { findTab, THINK_TIME_MS, withTab, type TerminalModel, type TerminalTab } from './terminalModel';

/** The longest wait one operation may ask for (a day): longer ones are cut to it. */
export const MAX_WAIT_MS = 86_400_000;

/**
 * Applies one operation, purely: the same model and operation always give the same model. An operation
 * that cannot apply (a tab that does not exist, closing the last tab) returns the very same model and is
 * not logged. Running commands in every tab print up to the world's new time afterwards.
 *
 * @example
 *   let m = startModel(world);
 *   m = applyOperation(m, { op: 'type', tab: 0, line: 'docker-machine ssh default' });
 */
export function applyOperation(m: TerminalModel, op: Operation): TerminalModel {
  const next = run(m, op);
  if (next === m) return m;
  return { ...stream(observe(m, next, originOf(op))), log: [...m.log, op] };
}

/** Applies operations in order: replaying a log is a fold. */
export function applyOperations(m: TerminalModel, ops: readonly Operation[]): TerminalModel {
  return ops.reduce(applyOperation, m);
}

function run(m: TerminalModel, op: Operation): TerminalModel {
  switch (op.op) {
    case 'type': {
      const tab = findTab(m, op.tab);
      if (!tab) return m;
      const after = tab.running ? interruptTab(m, tab) : m;
      const fresh = findTab(after, op.tab) as TerminalTab;
      const paced = fresh.session.pending === '' ? advance(after, THINK_TIME_MS) : after;
      return typeLine(paced, op.tab, op.line, op.locale);
    }
    case 'interrupt': {
      const tab = findTab(m, op.tab);
      if (!tab) return m;
      if (tab.running) return interruptTab(m, tab);
      return withTab(m, {
        ...tab,
        transcript: `${tab.transcript}${prompt(m.world, tab.session)}${op.typed}^C\n`,
        session: abandonQuestion(tab.session),
      });
    }
    case 'wait':
      if (!(op.ms > 0)) return m;
      return advance(m, Math.min(op.ms, MAX_WAIT_MS));
    case 'send':
      return sendOperation(advance(m, THINK_TIME_MS), op.request);
    case 'open':
      return openTab(m);
    case 'close': {
      if (m.tabs.length === 1 || !findTab(m, op.tab)) return m;
      return { ...m, tabs: m.tabs.filter((t) => t.id !== op.tab) };
    }
    case 'clear': {
      const tab = findTab(m, op.tab);
      return tab ? withTab(m, { ...tab, transcript: '' }) : m;
    }
    case 'list': {
      const tab = findTab(m, op.tab);
      if (!tab || tab.running) return m;
      return withTab(m, { ...tab, transcript: `${tab.transcript}${prompt(m.world, tab.session)}${op.typed}\n${op.listing}` });
    }
  }
}

function advance(m: TerminalModel, ms: number): TerminalModel {
  const r = applyChange(m.world, { type: 'clock/advance', ms });
  return r.ok && r.world !== m.world ? { ...m, world: r.world as World } : m;
}

/** The tab an operation typed into (its own traces are not news to it). */
function originOf(op: Operation): number | null {
  return op.op === 'type' || op.op === 'interrupt' ? op.tab : null;
}

/** Running commands in other tabs that watch traffic (tcpdump) see the traces this operation added. */
function observe(before: TerminalModel, m: TerminalModel, origin: number | null): TerminalModel {
  if (m.traces.length === before.traces.length) return m;
  const added = m.traces.slice(before.traces.length);
  let out = m;
  for (const tab of m.tabs) {
    const r = tab.running;
    if (!r?.process.observe || tab.id === origin) continue;
    out = withTab(out, { ...tab, running: { ...r, process: r.process.observe(added, m.world.now - r.startedAt) } });
  }
  return out;
}

/** Every running command's output up to the world's time, appended to its tab. */
function stream(m: TerminalModel): TerminalModel {
  let out = m;
  for (const tab of m.tabs) {
    const r = tab.running;
    if (!r) continue;
    const all = r.process.outputUntil(m.world.now - r.startedAt);
    if (all === r.printed) continue;
    out = withTab(out, { ...tab, transcript: tab.transcript + all.slice(r.printed.length), running: { ...r, printed: all } });
  }
  return out;
}
