import type { Draft } from '../draft';
import { currentState, isLive, nodeStatus, servicesInOrder, tasksOf } from '../lookup';
import type { Service, Task } from '../world';
import { satisfies } from './constraints';
import { countPlacement, liveCounts, placeTask } from './schedule';
import { createTask, markUnschedulable, startTask, stopTask } from './taskLifecycle';
import { syncLoadBalancers } from './loadBalancers';
import { advanceRollout } from './rollout';

/** Swarm's restart delay: a failed task's slot is refilled this long after it failed. */
export const RESTART_DELAY_MS = 5_000;
/** Swarm's default task history retention per slot. */
export const TASK_HISTORY_LIMIT = 5;

/**
 * The orchestrator and scheduler in one pass: every service gets the tasks its spec asks for, pending
 * tasks are placed and started, surplus tasks stop, and each node's LB endpoints follow its tasks.
 */
export function reconcile(d: Draft): void {
  if (!d.swarm) return;
  for (const listed of servicesInOrder(d)) {
    if (listed.rollout) advanceRollout(d, listed);
    const service = d.services[listed.id] as Service;
    if (service.spec.mode.kind === 'replicated') reconcileReplicated(d, service, service.spec.mode.replicas);
    else reconcileGlobal(d, service);
    scheduleAndStart(d, service);
    pruneHistory(d, service);
  }
  syncLoadBalancers(d);
}

function reconcileReplicated(d: Draft, service: Service, replicas: number): void {
  const tasks = tasksOf(d, service.id);
  for (const t of tasks) {
    if (!isLive(t)) continue;
    const node = d.swarm?.nodes.find((n) => n.id === t.node);
    const slotGone = (t.slot ?? 0) > replicas;
    const nodeGone = node && (node.left || node.availability === 'drain');
    const nodeDown = node && nodeStatus(d, node) === 'down';
    if (slotGone) {
      stopTask(d, t);
      d.dropTask(t.id);
    } else if (nodeGone) stopTask(d, t);
    else if (nodeDown) d.putTask({ ...t, desired: 'shutdown' });
  }
  for (let slot = 1; slot <= replicas; slot++) {
    const inSlot = tasksOf(d, service.id).filter((t) => t.slot === slot);
    if (inSlot.some(isLive)) continue;
    const lastFailure = Math.max(-Infinity, ...inSlot.filter((t) => ['failed', 'rejected'].includes(currentState(t).state)).map((t) => currentState(t).at));
    if (d.now - lastFailure < RESTART_DELAY_MS) continue;
    createTask(d, service, slot, null);
  }
}

function reconcileGlobal(d: Draft, service: Service): void {
  const nodes = (d.swarm?.nodes ?? []).filter((n) => !n.left);
  for (const t of tasksOf(d, service.id)) {
    if (!isLive(t)) continue;
    const node = nodes.find((n) => n.id === t.node);
    if (!node || node.availability === 'drain' || !satisfies(d, node, service.spec.constraints)) stopTask(d, t);
  }
  for (const node of nodes) {
    if (node.availability !== 'active' || nodeStatus(d, node) !== 'ready') continue;
    if (!satisfies(d, node, service.spec.constraints)) continue;
    const onNode = tasksOf(d, service.id).filter((t) => t.node === node.id);
    if (onNode.some(isLive)) continue;
    const lastFailure = Math.max(-Infinity, ...onNode.filter((t) => ['failed', 'rejected'].includes(currentState(t).state)).map((t) => currentState(t).at));
    if (d.now - lastFailure < RESTART_DELAY_MS) continue;
    createTask(d, service, null, node.id);
  }
}

function scheduleAndStart(d: Draft, service: Service): void {
  const pending = tasksOf(d, service.id)
    .filter((t) => isLive(t) && currentState(t).state === 'pending')
    .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || a.createdAt - b.createdAt);
  if (pending.length === 0) return;
  const counts = liveCounts(d, service.id);
  for (const t of pending) {
    const placement = placeTask(d, service, counts, t.node ?? undefined);
    const current = d.tasks[t.id] as Task;
    if ('error' in placement) markUnschedulable(d, current, placement.error);
    else {
      startTask(d, current, placement.node.id);
      countPlacement(counts, placement.node.id);
    }
  }
}

function pruneHistory(d: Draft, service: Service): void {
  const groups = new Map<string, Task[]>();
  for (const t of tasksOf(d, service.id)) {
    const key = t.slot !== null ? `s${t.slot}` : `n${t.node}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    if (group.length <= TASK_HISTORY_LIMIT) continue;
    const old = group.filter((t) => !isLive(t)).sort((a, b) => a.createdAt - b.createdAt);
    for (const t of old.slice(0, group.length - TASK_HISTORY_LIMIT)) {
      if (t.container) d.dropContainer(t.container);
      d.dropTask(t.id);
    }
  }
}
