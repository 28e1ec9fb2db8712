import { nodeOfMachine } from '../../../sim/lookup';
import type { World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { daemonError } from '../errorText';

/** Null when `machine` is a manager; else the daemon's refusal (not in a swarm, or a worker), exit 1. */
export function clusterAccess(w: World, machine: string): CommandOutcome | null {
  const node = nodeOfMachine(w, machine);
  if (node?.role === 'manager') return null;
  const key = node ? 'not-manager-worker' : 'not-swarm-manager';
  return { stdout: '', stderr: daemonError({ key, params: {} }, w.profile), exitCode: 1 };
}

/** `self` means the node of the machine asking, as docker/cli resolves it (Reference in cli/command/node). */
export function nodeRef(w: World, machine: string, ref: string): string {
  return ref === 'self' ? (nodeOfMachine(w, machine)?.id ?? ref) : ref;
}
