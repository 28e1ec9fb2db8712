import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findService, isLive, tasksOf } from '../lookup';
import { managerCheck } from '../swarm/managerCheck';
import { reconcile, removeTask } from './reconcile';
import { stopTask } from './taskLifecycle';

type Remove = Extract<Change, { type: 'service/rm' }>;

/** `docker service rm`: tasks, their containers and the service's VIPs go. Returns the name as given. */
export function removeService(d: Draft, c: Remove): string | SimError {
  const denied = managerCheck(d, c.on);
  if (denied) return denied;
  const service = findService(d, c.service);
  if (!service) return simError('service-not-found', { name: c.service });
  for (const t of tasksOf(d, service.id)) {
    if (isLive(t)) stopTask(d, t);
    removeTask(d, t);
  }
  for (const e of Object.values(d.endpoints)) {
    if (e.owner.kind === 'vip' && e.owner.service === service.id) d.dropEndpoint(e.id);
  }
  d.dropService(service.id);
  reconcile(d);
  return c.service;
}
