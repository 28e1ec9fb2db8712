import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findMachine } from '../lookup';
import { reconcile } from '../service/reconcile';
import { stopTask } from '../service/taskLifecycle';

type Power = Extract<Change, { type: 'machine/stop' | 'machine/start' }>;

/**
 * `docker-machine stop|start NAME`. A stopped machine's containers exit and its node is Down;
 * replicated tasks are rescheduled elsewhere, global ones stay. On start, stale tasks shut down.
 */
export function setPower(d: Draft, c: Power): string | SimError {
  const machine = findMachine(d, c.machine);
  if (!machine) return simError('no-such-machine', { machine: c.machine });
  const running = c.type === 'machine/start';
  if ((machine.state === 'Running') === running) return machine.name;
  d.putMachine({ ...machine, state: running ? 'Running' : 'Stopped' });
  if (!running) {
    for (const ct of Object.values(d.containers)) {
      if (ct.machine === machine.name && ct.state === 'running') d.putContainer({ ...ct, state: 'exited', exitCode: 255 });
    }
  } else {
    const node = d.swarm?.nodes.find((n) => n.machine === machine.name && !n.left);
    for (const t of Object.values(d.tasks)) {
      if (node && t.node === node.id && t.container && d.containers[t.container]?.state === 'exited') {
        const last = t.status[t.status.length - 1];
        if (last && !['shutdown', 'failed', 'rejected', 'complete'].includes(last.state)) stopTask(d, t);
      }
    }
  }
  reconcile(d);
  return machine.name;
}
