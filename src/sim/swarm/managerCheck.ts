import type { Draft } from '../draft';
import { simError, type SimError } from '../errors';
import { nodeOfMachine } from '../lookup';

/** Null if `machine` may change cluster state; else Docker's refusal (not in a swarm, or a worker). */
export function managerCheck(d: Pick<Draft, 'swarm' | 'machines'> & Parameters<typeof nodeOfMachine>[0], machine: string): SimError | null {
  const node = nodeOfMachine(d, machine);
  if (!node) return simError('not-swarm-manager');
  if (node.role !== 'manager') return simError('not-manager-worker');
  return null;
}
