import { nodeStatus } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { SwarmNode, World } from '../../../sim/world';
import { prettyState } from '../../format/humanDuration';

/** Manager status as `node ls` prints it: Leader, Reachable, Unreachable, or empty for workers. */
export function managerStatus(w: World, n: SwarmNode): string {
  if (n.role !== 'manager') return '';
  if (n.leader) return 'Leader';
  return nodeStatus(w, n) === 'ready' ? 'Reachable' : 'Unreachable';
}

/** The fields `node ls --format` offers for one node (cli/command/node/formatter.go). */
export function nodeRow(w: World, n: SwarmNode, self: string | null): Record<string, string | boolean> {
  return {
    ID: n.id,
    Self: n.id === self,
    Hostname: n.machine,
    Status: prettyState(nodeStatus(w, n)),
    Availability: prettyState(n.availability),
    ManagerStatus: managerStatus(w, n),
    EngineVersion: profiles[w.profile].engineVersion,
    TLSStatus: 'Ready',
  };
}
