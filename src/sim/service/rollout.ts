import type { Draft } from '../draft';
import { isLive, tasksOf } from '../lookup';
import type { Service, Task } from '../world';
import { defaultDeploy } from './deploySpec';
import { stopTask } from './taskLifecycle';

/** A task's place in a rollout: its slot, or its node for a global service. */
export function rolloutKey(t: Task): string {
  return t.slot !== null ? String(t.slot) : (t.node ?? '');
}

/**
 * swarmkit's updater: when the next batch is due, `parallelism` slots (all of them for 0) get their task
 * stopped, and the orchestrator starts a replacement from the new spec; the next batch waits `delay`.
 */
export function advanceRollout(d: Draft, service: Service): void {
  let current = service;
  while (current.rollout && d.now >= current.rollout.nextAt) {
    const { parallelism, delayNs } = (current.spec.deploy ?? defaultDeploy).update;
    const pending = current.rollout.pending;
    const batch = parallelism === 0 ? pending : pending.slice(0, parallelism);
    for (const t of tasksOf(d, current.id)) if (isLive(t) && batch.includes(rolloutKey(t))) stopTask(d, t);
    const rest = pending.slice(batch.length);
    const { rollout: _, ...rollout } = current;
    current = rest.length > 0 ? { ...current, rollout: { pending: rest, nextAt: d.now + delayNs / 1e6 } } : rollout;
    d.putService(current);
    if (rest.length > 0 && delayNs > 0) break;
  }
}
