import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findNode, nodeStatus } from '../lookup';
import { reconcile } from '../service/reconcile';
import { managerCheck } from './managerCheck';
import { removeNodePresence } from './membership';

type Update = Extract<Change, { type: 'node/update' }>;
type Remove = Extract<Change, { type: 'node/rm' }>;

/** `docker node update --availability`, `node promote`, `node demote`. Returns the node id. */
export function updateNode(d: Draft, c: Update): string | SimError {
  const denied = managerCheck(d, c.on);
  if (denied) return denied;
  const node = findNode(d, c.node);
  if (node === 'ambiguous') return simError('node-ambiguous', { node: c.node });
  if (!node) return simError('node-not-found', { node: c.node });
  const swarm = d.swarm;
  if (!swarm) return simError('not-swarm-manager');
  if (c.role === 'worker' && node.role === 'manager') {
    const managers = swarm.nodes.filter((n) => n.role === 'manager' && !n.left);
    if (managers.length === 1) return simError('node-demote-last-manager', { node: node.id });
  }
  const next = {
    ...node,
    availability: c.availability ?? node.availability,
    role: c.role ?? node.role,
    leader: c.role === 'worker' ? false : node.leader,
    version: node.version + 1,
  };
  d.swarm = { ...swarm, nodes: swarm.nodes.map((n) => (n.id === node.id ? next : n)) };
  if (next.leader === false && node.leader) {
    const heir = d.swarm.nodes.find((n) => n.role === 'manager' && !n.left && n.id !== node.id);
    if (heir) d.swarm = { ...d.swarm, nodes: d.swarm.nodes.map((n) => (n.id === heir.id ? { ...n, leader: true } : n)) };
  }
  reconcile(d);
  return node.id;
}

/** `docker node rm [--force]`: only nodes that are down (or with --force), never a manager. */
export function removeNode(d: Draft, c: Remove): string | SimError {
  const denied = managerCheck(d, c.on);
  if (denied) return denied;
  const node = findNode(d, c.node);
  if (node === 'ambiguous') return simError('node-ambiguous', { node: c.node });
  if (!node) return simError('node-not-found', { node: c.node });
  if (node.role === 'manager' && !node.left) return simError('node-rm-manager', { node: node.id });
  if (nodeStatus(d, node) !== 'down' && !c.force) return simError('node-rm-not-down', { node: node.id });
  const swarm = d.swarm;
  if (!swarm) return simError('not-swarm-manager');
  if (!node.left) removeNodePresence(d, node.machine);
  for (const t of Object.values(d.tasks)) if (t.node === node.id) d.putTask({ ...t, desired: 'shutdown' });
  d.swarm = { ...swarm, nodes: swarm.nodes.filter((n) => n.id !== node.id) };
  reconcile(d);
  return c.node;
}
