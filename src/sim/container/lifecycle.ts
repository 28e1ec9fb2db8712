import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findContainer, isLive } from '../lookup';
import { reconcile } from '../service/reconcile';
import { destroyContainer } from './destroy';
import { stopTask } from '../service/taskLifecycle';
import { isSimError } from '../addressing';
import { joinNetworks } from './run';
import type { Container } from '../world';

type Stop = Extract<Change, { type: 'container/stop' }>;
type Start = Extract<Change, { type: 'container/start' }>;
type Remove = Extract<Change, { type: 'container/rm' }>;

/**
 * `docker kill` / `docker stop`. A task's container that dies fails its task (`task: non-zero exit (137)`),
 * and the orchestrator replaces it after the restart delay. Returns the reference as given.
 */
export function stopContainer(d: Draft, c: Stop): string | SimError {
  const ct = findContainer(d, c.on, c.container);
  if (!ct) return simError('container-not-found', { name: c.container });
  if (ct.state !== 'running') {
    if (c.signal === 'kill') return simError('container-not-running', { id: ct.id });
    return c.container;
  }
  const task = ct.task ? d.tasks[ct.task] : undefined;
  if (task && isLive(task)) {
    if (c.signal === 'kill') stopTask(d, task, 'failed', 'task: non-zero exit (137)');
    else stopTask(d, task, 'failed', 'task: non-zero exit (0)');
  } else {
    exitContainer(d, ct, c.signal === 'kill' ? 137 : 0);
  }
  reconcile(d);
  return c.container;
}

/** `docker start`: a stopped standalone container comes back with its addresses. */
export function startContainer(d: Draft, c: Start): string | SimError {
  const ct = findContainer(d, c.on, c.container);
  if (!ct) return simError('container-not-found', { name: c.container });
  if (ct.state === 'running') return c.container;
  if (ct.task) return c.container;
  const started = joinNetworks(d, ct);
  if (isSimError(started)) return started;
  return c.container;
}

/** `docker rm [-f]`. */
export function removeContainer(d: Draft, c: Remove): string | SimError {
  const ct = findContainer(d, c.on, c.container);
  if (!ct) return simError('container-not-found', { name: c.container });
  if (ct.state === 'running' && !c.force) return simError('container-running-rm', { id: ct.id });
  if (ct.state === 'running') {
    const task = ct.task ? d.tasks[ct.task] : undefined;
    if (task && isLive(task)) stopTask(d, task, 'failed', 'task: non-zero exit (137)');
  }
  destroyContainer(d, ct.id);
  reconcile(d);
  return c.container;
}

/** A standalone container stops: its endpoints are released (it rejoins its networks when started again). */
function exitContainer(d: Draft, ct: Container, exitCode: number): void {
  for (const id of ct.interfaces) d.dropEndpoint(id);
  d.putContainer({ ...ct, state: 'exited', exitCode, interfaces: [], finishedAt: d.now });
}
