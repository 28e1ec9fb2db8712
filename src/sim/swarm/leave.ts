import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { nodeOfMachine } from '../lookup';
import { removeNodePresence } from './membership';
import { reconcile } from '../service/reconcile';
import { shutdownTasksOn } from '../service/shutdownTasks';
import { destroyContainer } from '../container/destroy';
import { removeTask } from '../service/reconcile';
import { releaseTaskAddresses } from '../service/taskLifecycle';

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
  for (const t of Object.values(d.tasks)) {
    // Tasks the manager already gave up on (node Down) still hold their addresses until the node is gone.
    if (t.node === node.id) releaseTaskAddresses(d, t.id);
  }
  for (const ct of Object.values(d.containers)) {
    if (ct.machine === c.on && ct.task) destroyContainer(d, ct.id);
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

/**
 * The last manager left: every service, task and swarm network is gone, with every address on them, every
 * task container (and its docker_gwbridge address), every node's ingress-sbox and LB sandboxes, and the
 * overlay interfaces of standalone containers.
 */
function dissolve(d: Draft): void {
  for (const t of Object.values(d.tasks)) removeTask(d, t);
  for (const s of Object.values(d.services)) d.dropService(s.id);
  for (const ct of Object.values(d.containers)) if (ct.task) destroyContainer(d, ct.id);
  for (const m of d.machines) removeNodePresence(d, m.name);
  const swarmNets = new Set(Object.values(d.networks).filter((n) => n.scope === 'swarm').map((n) => n.id));
  for (const e of Object.values(d.endpoints)) if (swarmNets.has(e.network)) d.dropEndpoint(e.id);
  for (const id of swarmNets) d.dropNetwork(id);
  for (const ct of Object.values(d.containers)) {
    const kept = ct.interfaces.filter((id) => d.endpoints[id]);
    if (kept.length !== ct.interfaces.length) d.putContainer({ ...ct, interfaces: kept });
  }
  d.swarm = null;
}
