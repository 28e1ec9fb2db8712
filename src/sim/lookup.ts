import { endpointIndex } from './query/endpointIndex';
import type { WorldView } from './view';
import type { Container, Endpoint, Machine, Network, Service, SwarmNode, Task } from './world';

/** The swarm node a machine currently is (null if it is not in the swarm). */
export function nodeOfMachine(w: WorldView, machine: string): SwarmNode | null {
  return w.swarm?.nodes.find((n) => n.machine === machine && !n.left) ?? null;
}

export function machineOfNode(w: WorldView, nodeId: string): Machine | undefined {
  const node = w.swarm?.nodes.find((n) => n.id === nodeId);
  return node ? w.machines.find((m) => m.name === node.machine) : undefined;
}

export function findMachine(w: WorldView, name: string): Machine | undefined {
  return w.machines.find((m) => m.name === name);
}

/** Node by full id, unique id prefix, or hostname, as `docker node` commands accept. */
export function findNode(w: WorldView, ref: string): SwarmNode | 'ambiguous' | null {
  const nodes = w.swarm?.nodes ?? [];
  const exact = nodes.find((n) => n.id === ref) ?? nodes.find((n) => n.machine === ref && !n.left) ?? nodes.find((n) => n.machine === ref);
  if (exact) return exact;
  const prefixed = nodes.filter((n) => n.id.startsWith(ref));
  if (prefixed.length > 1) return 'ambiguous';
  return prefixed[0] ?? null;
}

export function nodeStatus(w: WorldView, node: SwarmNode): 'ready' | 'down' {
  const machine = w.machines.find((m) => m.name === node.machine);
  return node.left || machine?.state !== 'Running' ? 'down' : 'ready';
}

export function isManager(w: WorldView, machine: string): boolean {
  return nodeOfMachine(w, machine)?.role === 'manager';
}

/** Networks that exist for a machine's engine, before visibility rules. */
function networksOf(w: WorldView, machine: string): Network[] {
  return Object.values(w.networks).filter((n) => n.machine === machine || (n.scope === 'swarm' && nodeOfMachine(w, machine)));
}

/**
 * Networks a machine's engine lists: its local networks; on a manager every swarm network; on a worker
 * ingress and the overlays a local task or container uses (SPEC §3).
 */
export function networksVisibleOn(w: WorldView, machine: string): Network[] {
  const node = nodeOfMachine(w, machine);
  const all = networksOf(w, machine);
  if (!node || node.role === 'manager') return all;
  const used = networksInUseOn(w, machine);
  return all.filter((n) => n.scope === 'local' || n.ingress || used.has(n.id));
}

/** Swarm networks with an endpoint of a live local task or container on this machine. */
export function networksInUseOn(w: WorldView, machine: string): Set<string> {
  const used = new Set<string>();
  for (const c of Object.values(w.containers)) {
    if (c.machine !== machine || c.state !== 'running') continue;
    for (const id of c.interfaces) {
      const e = w.endpoints[id];
      if (e) used.add(e.network);
    }
  }
  return used;
}

/** Network by exact name, full id, or unique id prefix among those visible on a machine. */
export function findNetwork(w: WorldView, machine: string, ref: string): Network | null {
  const visible = networksVisibleOn(w, machine);
  return (
    visible.find((n) => n.id === ref) ??
    visible.find((n) => n.name === ref) ??
    uniquePrefix(visible, ref, (n) => n.id)
  );
}

export function findService(w: WorldView, ref: string): Service | null {
  const all = Object.values(w.services);
  return all.find((s) => s.id === ref) ?? all.find((s) => s.spec.name === ref) ?? uniquePrefix(all, ref, (s) => s.id);
}

/** Container by id prefix or name among those on a machine (`docker ps -a` scope). */
export function findContainer(w: WorldView, machine: string, ref: string): Container | null {
  const local = Object.values(w.containers).filter((c) => c.machine === machine);
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  return local.find((c) => c.id === ref) ?? local.find((c) => c.name === name) ?? uniquePrefix(local, ref, (c) => c.id);
}

function uniquePrefix<T>(items: T[], ref: string, id: (t: T) => string): T | null {
  if (ref === '') return null;
  const hits = items.filter((i) => id(i).startsWith(ref));
  return hits.length === 1 ? (hits[0] as T) : null;
}

export function endpointsOn(w: WorldView, networkId: string): Endpoint[] {
  return Object.values(w.endpoints).filter((e) => e.network === networkId);
}

/** A service's tasks (any state). */
export function tasksOf(w: WorldView, serviceId: string): Task[] {
  if (w.taskIdsOf) return w.taskIdsOf(serviceId).map((id) => w.tasks[id] as Task);
  return [...(endpointIndex(w).tasksByService.get(serviceId) ?? [])];
}

export function currentState(t: Task): Task['status'][number] {
  return t.status[t.status.length - 1] as Task['status'][number];
}

/** A task that counts as live: desired running and not in a terminal state. */
export function isLive(t: Task): boolean {
  const s = currentState(t).state;
  return t.desired === 'running' && !['complete', 'shutdown', 'failed', 'rejected', 'remove', 'orphaned'].includes(s);
}

export function isRunning(t: Task): boolean {
  return currentState(t).state === 'running' && t.desired === 'running';
}

export function ingressNetwork(w: WorldView): Network | undefined {
  return Object.values(w.networks).find((n) => n.ingress);
}

export function gwbridgeOf(w: WorldView, machine: string): Network | undefined {
  return Object.values(w.networks).find((n) => n.machine === machine && n.name === 'docker_gwbridge');
}

export function localNetworkByName(w: WorldView, machine: string, name: string): Network | undefined {
  return Object.values(w.networks).find((n) => n.machine === machine && n.name === name);
}

/** A task whose container is up and answering: what DNS answers and IPVS balances to. */
export function isServing(w: WorldView, t: Task): boolean {
  if (!isRunning(t) || !t.container) return false;
  return w.containers[t.container]?.state === 'running';
}

/** Services in creation order (ties by id), so every walk over them is deterministic. */
export function servicesInOrder(w: WorldView): Service[] {
  return Object.values(w.services).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Networks a service's tasks attach to, in interface order: ingress first when it publishes in ingress mode. */
export function taskNetworks(w: WorldView, s: Service): { network: Network; aliases: readonly string[] }[] {
  const out: { network: Network; aliases: readonly string[] }[] = [];
  const ingress = ingressNetwork(w);
  if (ingress && s.spec.ports.some((p) => p.mode === 'ingress')) out.push({ network: ingress, aliases: [] });
  for (const n of s.spec.networks) {
    const network = w.networks[n.network];
    if (network) out.push({ network, aliases: n.aliases });
  }
  return out;
}
