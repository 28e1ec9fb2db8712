import type { Draft } from '../draft';
import { currentState, isLive, nodeStatus } from '../lookup';
import type { Service, SwarmNode } from '../world';
import { satisfies } from './constraints';

export type Placement = { node: SwarmNode } | { error: string };

/**
 * Spread scheduling (SPEC §4): among Ready+Active nodes that pass the constraints, fewest tasks of this
 * service first, then fewest tasks overall; ties broken by the seeded generator. On failure, swarmkit's
 * explanation, e.g. `no suitable node (scheduling constraints not satisfied on 3 nodes)`.
 */
export function placeTask(d: Draft, service: Service, counts: LiveCounts, only?: string): Placement {
  // A global task comes preassigned to its node (`only`): swarmkit then reports the bare explanation.
  const nodes = (d.swarm?.nodes ?? []).filter((n) => !n.left && (!only || n.id === only));
  let notReady = 0;
  let constrained = 0;
  let hostPort = 0;
  const eligible: SwarmNode[] = [];
  for (const n of nodes) {
    if (nodeStatus(d, n) !== 'ready' || n.availability !== 'active') notReady++;
    else if (!satisfies(d, n, service.spec.constraints)) constrained++;
    else if (hostPortTaken(d, n, service)) hostPort++;
    else eligible.push(n);
  }
  if (eligible.length === 0) {
    const failures: [number, string][] = [
      [notReady, `${notReady} node${notReady === 1 ? '' : 's'} not available for new tasks`],
      [constrained, `scheduling constraints not satisfied on ${constrained} node${constrained === 1 ? '' : 's'}`],
      [hostPort, `host-mode port already in use on ${hostPort} node${hostPort === 1 ? '' : 's'}`],
    ];
    // swarmkit's pipeline explains its filters from the most failures to the fewest.
    const explanation = failures.filter(([n]) => n > 0).sort((a, b) => b[0] - a[0]).map(([, text]) => text).join('; ');
    return { error: only ? explanation : `no suitable node (${explanation})` };
  }
  const score = (n: SwarmNode) => [counts.ofService.get(n.id) ?? 0, counts.all.get(n.id) ?? 0] as const;
  let best: SwarmNode[] = [];
  let bestScore: readonly [number, number] = [Infinity, Infinity];
  for (const n of eligible) {
    const s = score(n);
    const cmp = s[0] - bestScore[0] || s[1] - bestScore[1];
    if (cmp < 0) {
      best = [n];
      bestScore = s;
    } else if (cmp === 0) best.push(n);
  }
  return { node: best.length === 1 ? (best[0] as SwarmNode) : d.rng.pick(best) };
}

export interface LiveCounts {
  readonly ofService: Map<string, number>;
  readonly all: Map<string, number>;
}

/** Live tasks per node, of this service and overall; update with `countPlacement` as tasks are placed. */
export function liveCounts(d: Draft, serviceId: string): LiveCounts {
  const ofService = new Map<string, number>();
  const all = new Map<string, number>();
  for (const t of Object.values(d.tasks)) {
    if (!t.node || !isLive(t)) continue;
    all.set(t.node, (all.get(t.node) ?? 0) + 1);
    if (t.service === serviceId) ofService.set(t.node, (ofService.get(t.node) ?? 0) + 1);
  }
  return { ofService, all };
}

/**
 * swarmkit's HostPortFilter: a node is out when a task assigned to it (pending tasks are not, even a global
 * task that already names its node) holds one of this service's host-mode (published port, protocol)
 * pairs. A host-mode port without a number (published 0) is picked by the engine and never conflicts.
 */
function hostPortTaken(d: Draft, node: SwarmNode, service: Service): boolean {
  const mine = service.spec.ports.filter((p) => p.mode === 'host' && p.published !== 0);
  if (mine.length === 0) return false;
  return Object.values(d.tasks).some((t) => {
    if (t.node !== node.id || !isLive(t) || currentState(t).state === 'pending') return false;
    const other = d.services[t.service];
    return !!other && other.spec.ports.some((p) => p.mode === 'host' && mine.some((m) => m.published === p.published && m.protocol === p.protocol));
  });
}

export function countPlacement(counts: LiveCounts, nodeId: string): void {
  counts.ofService.set(nodeId, (counts.ofService.get(nodeId) ?? 0) + 1);
  counts.all.set(nodeId, (counts.all.get(nodeId) ?? 0) + 1);
}
