import { findNode } from '../../../sim/lookup';
import type { Change } from '../../../sim/changes';
import type { NodeRole, World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { applyFor } from '../applyChanges';
import { daemonError } from '../errorText';
import { managerOnly } from '../managerOnly';
import { nodeRef } from './nodeRef';

const MESSAGES: Record<NodeRole, { done: (ref: string) => string; already: (ref: string) => string }> = {
  manager: { done: (ref) => `Node ${ref} promoted to a manager in the swarm.\n`, already: (ref) => `Node ${ref} is already a manager.\n` },
  worker: { done: (ref) => `Manager ${ref} demoted in the swarm.\n`, already: (ref) => `Node ${ref} is already a worker.\n` },
};

/** `docker node promote|demote NODE...` (cli/command/node/promote.go, demote.go): one line per node. */
export function changeRoles(world: World, machine: string, refs: readonly string[], role: NodeRole): CommandOutcome {
  const denied = managerOnly(world, machine);
  if (denied) return denied;
  let w = world;
  let stdout = '';
  let stderr = '';
  const changes: Change[] = [];
  for (const ref of refs) {
    const found = findNode(w, nodeRef(w, machine, ref));
    if (found && found !== 'ambiguous' && found.role === role) {
      stdout += MESSAGES[role].already(ref);
      continue;
    }
    if (!found || found === 'ambiguous') {
      stderr += daemonError({ key: found ? 'node-ambiguous' : 'node-not-found', params: { node: ref } }, w.profile);
      break;
    }
    const change: Change = { type: 'node/update', on: machine, node: found.id, role };
    const r = applyFor(w, change);
    if (!r.ok) {
      stderr += r.outcome.stderr;
      break;
    }
    w = r.world;
    changes.push(change);
    stdout += MESSAGES[role].done(ref);
  }
  const exitCode = stderr === '' ? 0 : 1;
  return changes.length > 0 ? { stdout, stderr, exitCode, world: w, changes } : { stdout, stderr, exitCode };
}
