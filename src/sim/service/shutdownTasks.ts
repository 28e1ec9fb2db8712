import type { Draft } from '../draft';
import { isLive } from '../lookup';
import { stopTask } from './taskLifecycle';

/** Shuts down every live task on a node (drain, leave). */
export function shutdownTasksOn(d: Draft, nodeId: string, _reason: 'shutdown'): void {
  for (const t of Object.values(d.tasks)) {
    if (t.node === nodeId && isLive(t)) stopTask(d, t);
  }
}
