import { currentState, nodeStatus, tasksOf } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { Task, TaskState, World } from '../../../sim/world';

/** docker/cli progress.go: task states numbered for the bars (running is 9 of 9). */
const numbered: Partial<Record<TaskState, number>> = {
  new: 1, allocated: 2, pending: 3, assigned: 4, accepted: 5, preparing: 6, ready: 7, starting: 8, running: 9,
  complete: 10, shutdown: 11, failed: 12, rejected: 13,
};
/** Longest non-terminal state name (`allocated`, `preparing`): states are padded to it. */
const LONGEST_STATE = 9;
const MAX_BARS = 20;
const MAX_ERROR = 75;

/** What `service create/update/scale` shows once progress stops changing: the lines, and whether it converged. */
export interface ProgressScreen {
  readonly lines: readonly string[];
  readonly converged: boolean;
}

/**
 * The final screen of docker/cli's ServiceProgress on a terminal (wider than 110 columns, so bars show).
 * Every line ends with one space: jsonmessage prints `ID: Action ` + the (maybe empty) bar.
 * `label` is how the user named the service (create: the id); the verify line comes from the profile.
 */
export function progressScreen(world: World, serviceId: string, label: string): ProgressScreen {
  const service = world.services[serviceId];
  if (!service) return { lines: [], converged: false };
  const active = new Set((world.swarm?.nodes ?? []).filter((n) => nodeStatus(world, n) === 'ready').map((n) => n.id));
  const tasks = tasksOf(world, serviceId).filter((t) => numbered[currentState(t).state] !== undefined);
  const lines: string[] = [];
  let running = 0;
  let total: number;
  if (service.spec.mode.kind === 'replicated') {
    total = service.spec.mode.replicas;
    const bySlot = pick(tasks.filter((t) => !t.node || active.has(t.node)), (t) => String(t.slot));
    const slots = [...bySlot.keys()].sort((a, b) => Number(a) - Number(b));
    slots.forEach((slot, i) => {
      const t = bySlot.get(slot) as Task;
      if (isUp(t)) running++;
      if (total <= MAX_BARS && i + 1 <= total) lines.push(taskLine(`${i + 1}/${total}`, t));
    });
  } else {
    const byNode = pick(tasks, (t) => t.node ?? '');
    total = byNode.size;
    if (total === 0) return { lines: ['overall progress: waiting for new tasks '], converged: false };
    const order = (world.swarm?.nodes ?? []).map((n) => n.id);
    for (const id of [...byNode.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      const t = byNode.get(id) as Task;
      if (!active.has(id)) continue;
      if (isUp(t)) running++;
      if (total <= MAX_BARS) lines.push(taskLine(id.slice(0, 12), t));
    }
  }
  const converged = running === total;
  const head = `overall progress: ${running} out of ${total} tasks `;
  const verify = converged ? [profiles[world.profile].convergedLine(label)] : [];
  return { lines: [head, ...lines, ...verify], converged };
}

/** Per slot (or node), the task with the lowest desired state, then the lowest observed state. */
function pick(tasks: readonly Task[], key: (t: Task) => string): Map<string, Task> {
  const out = new Map<string, Task>();
  const rank = (t: Task) => [numbered[t.desired] ?? 0, numbered[currentState(t).state] ?? 0] as const;
  for (const t of [...tasks].sort((a, b) => a.createdAt - b.createdAt)) {
    const k = key(t);
    const existing = out.get(k);
    if (existing) {
      const [ed, es] = rank(existing);
      const [td, ts] = rank(t);
      if (ed < td || (ed === td && es <= ts)) continue;
    }
    out.set(k, t);
  }
  return out;
}

function isUp(t: Task): boolean {
  return t.desired === 'running' && currentState(t).state === 'running';
}

function taskLine(id: string, t: Task): string {
  const status = currentState(t);
  if (status.error) {
    const text = status.error.replace(/\n/g, ' ');
    return `${id}: ${text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text} `;
  }
  const n = numbered[status.state] ?? 0;
  if (t.desired !== 'running' || n > 9) return `${id}:   `;
  return `${id}: ${status.state.padEnd(LONGEST_STATE)} ${bar(n, 9)}`;
}

/** jsonmessage's progress box for current/total: 50 cells of `=` then `>`, followed by a space. */
function bar(current: number, total: number): string {
  const filled = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  return `[${'='.repeat(filled)}>${' '.repeat(Math.max(0, 50 - filled))}] `;
}
