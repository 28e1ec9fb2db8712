import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { nodeOfMachine } from '../lookup';
import { removeNodePresence } from './membership';
import { reconcile } from '../service/reconcile';
import { shutdownTasksOn } from '../service/shutdownTasks';

type Leave = Extract<Change, { type: 'swarm/leave' }>;

/**
 * `docker swarm leave [--force]`. A worker's node stays in `node ls` as Down; the last manager with
 * --force dissolves the swarm.
 */
export function leaveSwarm(d: Draft, c: Leave): string | SimError {
  const node = nodeOfMachine(d, c.on);
  const swarm = d.swarm;
  if (!node || !swarm) return simError('not-in-swarm');
  const managers = swarm.nodes.filter((n) => n.role === 'manager' && !n.left);
  if (node.role === 'manager' && !c.force) return simError('leave-last-manager', { managers: managers.length });
  shutdownTasksOn(d, node.id, 'shutdown');
  for (const ct of Object.values(d.containers)) {
    if (ct.machine === c.on && ct.task) d.dropContainer(ct.id);
  }
  removeNodePresence(d, c.on);
  if (node.role === 'manager' && managers.length === 1) {
    dissolve(d);
    return 'left';
  }
  d.swarm = { ...swarm, nodes: swarm.nodes.map((n) => (n.id === node.id ? { ...n, left: true, leader: false } : n)) };
  reconcile(d);
  return 'left';
}

/** The last manager left: every service, task and swarm network is gone. */
function dissolve(d: Draft): void {
  for (const t of Object.values(d.tasks)) d.dropTask(t.id);
  for (const s of Object.values(d.services)) d.dropService(s.id);
  for (const ct of Object.values(d.containers)) if (ct.task) d.dropContainer(ct.id);
  for (const n of Object.values(d.networks)) {
    if (n.scope !== 'swarm') continue;
    for (const e of Object.values(d.endpoints)) if (e.network === n.id) d.dropEndpoint(e.id);
    d.dropNetwork(n.id);
  }
  d.swarm = null;
}
