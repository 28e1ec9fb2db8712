import { destroyContainer } from '../container/destroy';
import type { Draft } from '../draft';
import { currentState, isLive, nodeStatus, servicesInOrder, tasksOf } from '../lookup';
import type { Service, Task } from '../world';
import { allocateService } from './allocateService';
import { satisfies } from './constraints';
import { countPlacement, liveCounts, placeTask } from './schedule';
import { allocateTask, createTask, markUnschedulable, releaseTaskAddresses, startTask, stopTask } from './taskLifecycle';
import { syncLoadBalancers } from './loadBalancers';
import { advanceRollout } from './rollout';

/** Swarm's restart delay: a failed task's slot is refilled this long after it failed. */
export const RESTART_DELAY_MS = 5_000;
/** Swarm's default task history retention per slot. */
export const TASK_HISTORY_LIMIT = 5;

/**
 * The orchestrator, allocator and scheduler in one pass: every service gets the tasks its spec asks for,
 * new tasks get their addresses (when the service has its VIPs and the networks have room), pending tasks
 * are placed and started, surplus tasks stop, and each node's LB endpoints follow its tasks.
 * Linear in the number of tasks.
 */
export function reconcile(d: Draft): void {
  if (!d.swarm) return;
  for (const listed of servicesInOrder(d)) {
    if (listed.rollout) advanceRollout(d, listed);
    const service = d.services[listed.id] as Service;
    const allocatable = allocateService(d, service);
    if (service.spec.mode.kind === 'replicated') reconcileReplicated(d, service, service.spec.mode.replicas, allocatable);
    else reconcileGlobal(d, service, allocatable);
    if (allocatable) allocateNewTasks(d, service);
    scheduleAndStart(d, service);
    pruneHistory(d, service);
  }
  syncLoadBalancers(d);
}

function groupBy(tasks: readonly Task[], key: (t: Task) => string | number): Map<string | number, Task[]> {
  const groups = new Map<string | number, Task[]>();
  for (const t of tasks) {
    const k = key(t);
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/** The tasks as they are now in the draft (earlier steps of this pass may have stopped some). */
const fresh = (d: Draft, tasks: readonly Task[]): Task[] => tasks.flatMap((t) => (d.tasks[t.id] ? [d.tasks[t.id] as Task] : []));

function lastFailure(tasks: readonly Task[]): number {
  let at = -Infinity;
  for (const t of tasks) {
    const s = currentState(t);
    if ((s.state === 'failed' || s.state === 'rejected') && s.at > at) at = s.at;
  }
  return at;
}

function reconcileReplicated(d: Draft, service: Service, replicas: number, allocatable: boolean): void {
  const nodes = new Map((d.swarm?.nodes ?? []).map((n) => [n.id, n]));
  const bySlot = groupBy(tasksOf(d, service.id), (t) => t.slot ?? 0);
  for (const [slot, tasks] of bySlot) {
    if ((slot as number) > replicas) {
      // A slot scaled away goes whole: its task stops, then it and its history are removed with their containers.
      for (const t of tasks) {
        if (isLive(t)) stopTask(d, t);
        removeTask(d, t);
      }
      bySlot.delete(slot);
      continue;
    }
    for (const t of tasks) {
      if (!isLive(t)) continue;
      const node = t.node ? nodes.get(t.node) : undefined;
      if (node && (node.left || node.availability === 'drain')) stopTask(d, t);
      else if (node && nodeStatus(d, node) === 'down') d.putTask({ ...t, desired: 'shutdown' });
    }
  }
  for (let slot = 1; slot <= replicas; slot++) {
    const inSlot = fresh(d, bySlot.get(slot) ?? []);
    if (inSlot.some(isLive)) continue;
    if (d.now - lastFailure(inSlot) < RESTART_DELAY_MS) continue;
    createTask(d, service, slot, null, allocatable);
  }
}

function reconcileGlobal(d: Draft, service: Service, allocatable: boolean): void {
  const nodes = (d.swarm?.nodes ?? []).filter((n) => !n.left);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const byNode = groupBy(tasksOf(d, service.id), (t) => t.node ?? '');
  for (const tasks of byNode.values()) {
    for (const t of tasks) {
      if (!isLive(t)) continue;
      const node = t.node ? byId.get(t.node) : undefined;
      if (!node || node.availability === 'drain' || !satisfies(d, node, service.spec.constraints)) stopTask(d, t);
      // A node gone Down: its task is given up on (desired shutdown) but not moved: global tasks stay per node.
      else if (nodeStatus(d, node) === 'down') d.putTask({ ...t, desired: 'shutdown' });
    }
  }
  for (const node of nodes) {
    if (node.availability !== 'active' || nodeStatus(d, node) !== 'ready') continue;
    if (!satisfies(d, node, service.spec.constraints)) continue;
    const onNode = fresh(d, byNode.get(node.id) ?? []);
    if (onNode.some(isLive)) continue;
    if (d.now - lastFailure(onNode) < RESTART_DELAY_MS) continue;
    createTask(d, service, null, node.id, allocatable);
  }
}

/** Tasks left `new` (no room on a network, or the service lacked a VIP) get their addresses once there is room. */
function allocateNewTasks(d: Draft, service: Service): void {
  const waiting = tasksOf(d, service.id)
    .filter((t) => isLive(t) && currentState(t).state === 'new')
    .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || a.createdAt - b.createdAt);
  // Every task of a service needs the same networks: once one finds no room, the rest wait too.
  for (const t of waiting) if (!allocateTask(d, service, t)) break;
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

/** Keeps at most TASK_HISTORY_LIMIT tasks per slot (per node for global services); older ones go with their containers. */
function pruneHistory(d: Draft, service: Service): void {
  const groups = groupBy(tasksOf(d, service.id), (t) => (t.slot !== null ? `s${t.slot}` : `n${t.node}`));
  for (const group of groups.values()) {
    if (group.length <= TASK_HISTORY_LIMIT) continue;
    const old = group.filter((t) => !isLive(t)).sort((a, b) => a.createdAt - b.createdAt);
    for (const t of old.slice(0, group.length - TASK_HISTORY_LIMIT)) removeTask(d, t);
  }
}

/** A task leaves the store: its addresses, its container and the task itself. */
export function removeTask(d: Draft, t: Task): void {
  releaseTaskAddresses(d, t.id);
  if (t.container) destroyContainer(d, t.container);
  d.dropTask(t.id);
}
