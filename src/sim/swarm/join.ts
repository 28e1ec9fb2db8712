import type { Change } from '../changes';
import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { findMachine, nodeOfMachine } from '../lookup';
import { isSimError } from '../addressing';
import { addNode } from './membership';
import { reconcile } from '../service/reconcile';

type Join = Extract<Change, { type: 'swarm/join' }>;

/** `docker swarm join --token T HOST:2377`: joins as worker or manager by the token given. */
export function joinSwarm(d: Draft, c: Join): string | SimError {
  const machine = findMachine(d, c.on);
  if (!machine) return simError('no-such-machine', { machine: c.on });
  if (nodeOfMachine(d, c.on)) return simError('already-in-swarm');
  const swarm = d.swarm;
  const host = c.remote.split(':')[0] ?? '';
  const manager = d.machines.find((m) => m.ip === host || m.name === host);
  const managerNode = manager ? nodeOfMachine(d, manager.name) : null;
  if (!swarm || !managerNode || managerNode.role !== 'manager') return simError('invalid-join-token', { remote: c.remote });
  const role = c.token === swarm.tokens.manager ? 'manager' : c.token === swarm.tokens.worker ? 'worker' : null;
  if (!role) return simError('invalid-join-token', { remote: c.remote });
  // A machine that left earlier rejoins as a new node; the old record stays until `node rm`.
  const node = addNode(d, c.on, role, false);
  if (isSimError(node)) return node;
  reconcile(d);
  return role;
}
