import { attach, isSimError, usedAddresses } from '../addressing';
import type { Draft } from '../draft';
import { engineId, swarmId } from '../ids';
import { digestOf, findImage, normalizeImage } from '../images';
import { gwbridgeOf, localNetworkByName, machineOfNode, taskNetworks } from '../lookup';
import { toBlock, usableRange } from '../ipam/ipv4Int';
import { profiles } from '../profile';
import type { Container, Network, Service, Task, TaskState, TaskStatus } from '../world';

const startSequence: readonly TaskState[] = ['assigned', 'accepted', 'preparing', 'ready', 'starting', 'running'];

function withStates(t: Task, states: readonly TaskState[], at: number, error: string | null = null): Task {
  const added: TaskStatus[] = states.map((state, i) => ({ state, at, error: i === states.length - 1 ? error : null }));
  return { ...t, status: [...t.status, ...added] };
}

/**
 * A new task for a slot (or a global node). The orchestrator makes it in state `new`; it gets its addresses
 * on every network (before scheduling) from `allocateTask`, right away when the networks have room.
 */
export function createTask(d: Draft, service: Service, slot: number | null, node: string | null, allocatable: boolean): Task {
  const task: Task = {
    id: swarmId(d.rng),
    service: service.id,
    slot,
    node,
    desired: 'running',
    status: [{ state: 'new', at: d.now, error: null }],
    container: null,
    createdAt: d.now,
    image: service.spec.image,
  };
  d.putTask(task);
  return allocatable ? allocateTask(d, service, task) ?? task : task;
}

/**
 * swarmkit's allocator for one task: an address on each of the service's networks, then `allocated` and
 * `pending`. When a network has no address left (`could not find an available IP`, logged by the manager
 * only) the task keeps none and stays `new`; null then. Profile 29 keeps one address per node that has no
 * LB endpoint on the overlay yet, so a node that gets a task can always get its LB address too.
 */
export function allocateTask(d: Draft, service: Service, task: Task): Task | null {
  const networks = taskNetworks(d, service);
  for (const { network } of networks) if (!hasRoom(d, network)) return null;
  for (const { network, aliases } of networks) {
    const e = attach(d, network, { kind: 'task', task: task.id }, aliases);
    if (isSimError(e)) {
      releaseTaskAddresses(d, task.id);
      return null;
    }
  }
  const allocated = withStates(d.tasks[task.id] ?? task, ['allocated', 'pending'], d.now);
  d.putTask(allocated);
  return allocated;
}

function hasRoom(d: Draft, network: Network): boolean {
  if (!network.ipam) return false;
  const { lo, hi } = usableRange(toBlock(network.ipam.subnet));
  const free = hi - lo + 1 - usedAddresses(d, network.id).size;
  let reserve = 0;
  if (!network.ingress && profiles[d.profile].overlayAddressOrder === 'vip-first') {
    const hasLb = (machine: string) => d.endpointsOf(`lb:${machine}`).some((e) => e.network === network.id);
    reserve = (d.swarm?.nodes ?? []).filter((n) => !n.left && !hasLb(n.machine)).length;
  }
  return free > reserve;
}

/** Record a scheduling failure on a pending task (shown in `service ps` ERROR). */
export function markUnschedulable(d: Draft, t: Task, error: string): void {
  const last = t.status[t.status.length - 1];
  if (last?.state === 'pending' && last.error === error) return;
  d.putTask({ ...t, status: [...t.status.slice(0, -1), { state: 'pending', at: last?.at ?? d.now, error }] });
}

/** Assigns a task to a node and starts it there: container, gwbridge interface, then running. */
export function startTask(d: Draft, t: Task, nodeId: string): void {
  const service = d.services[t.service];
  const machine = machineOfNode(d, nodeId);
  if (!service || !machine) return;
  const assigned = { ...t, node: nodeId };
  const image = findImage(t.image);
  if (!image) {
    // A rejected task is done: swarmkit's restart supervisor sets its desired state to shutdown.
    d.putTask(withStates({ ...assigned, desired: 'shutdown' }, ['assigned', 'accepted', 'preparing', 'rejected'], d.now, `No such image: ${normalizeImage(t.image)}`));
    releaseTaskAddresses(d, t.id);
    return;
  }
  const taskEndpoints = d.endpointsOf(`task:${t.id}`);
  const order = taskNetworks(d, service).map((n) => n.network.id);
  taskEndpoints.sort((a, b) => order.indexOf(a.network) - order.indexOf(b.network));
  const container: Container = {
    id: engineId(d.rng),
    name: `${service.spec.name}.${t.slot ?? nodeId}.${t.id}`,
    image: `${normalizeImage(t.image)}@${digestOf(t.image) ?? image.digest}`,
    command: service.spec.args.length > 0 ? service.spec.args : [...image.entrypoint, ...image.cmd],
    machine: machine.name,
    createdAt: d.now,
    state: 'running',
    startedAt: d.now,
    exitCode: 0,
    task: t.id,
    hostname: service.spec.hostname ?? '',
    interfaces: [],
    ports: [],
    packages: [],
    aptUpdated: false,
  };
  const interfaces = taskEndpoints.map((e) => e.id);
  const needsGateway = taskEndpoints.some((e) => {
    const n = d.networks[e.network];
    return n && !n.internal;
  });
  const gw = gwbridgeOf(d, machine.name);
  if (needsGateway && gw) {
    const onGw = attach(d, gw, { kind: 'container', container: container.id }, [], usedAddresses(d, gw.id));
    if (!isSimError(onGw)) interfaces.splice(Math.min(1, interfaces.length), 0, onGw.id);
  }
  // A task with no network at all (no overlay, no ingress port) runs on the node's default bridge, as a plain
  // `docker run` would: the engine's network mode stays "default".
  const bridge = taskEndpoints.length === 0 ? localNetworkByName(d, machine.name, 'bridge') : undefined;
  if (bridge) {
    const onBridge = attach(d, bridge, { kind: 'container', container: container.id }, [], usedAddresses(d, bridge.id));
    if (!isSimError(onBridge)) interfaces.push(onBridge.id);
  }
  const hostname = container.hostname || container.id.slice(0, 12);
  d.putContainer({ ...container, hostname, interfaces });
  d.putTask(withStates({ ...assigned, container: container.id }, startSequence, d.now));
}

/** Stops a task: desired and current state shutdown (or another terminal state), container gone, addresses freed. */
export function stopTask(d: Draft, t: Task, state: TaskState = 'shutdown', error: string | null = null): void {
  const next = withStates({ ...t, desired: 'shutdown' }, [state], d.now, error);
  d.putTask(next);
  if (t.container) {
    const c = d.containers[t.container];
    if (c) {
      for (const id of c.interfaces) {
        const e = d.endpoints[id];
        if (e && e.owner.kind === 'container') d.dropEndpoint(id);
      }
      d.putContainer({ ...c, state: 'exited', exitCode: state === 'failed' ? 137 : 0, interfaces: [] });
    }
  }
  releaseTaskAddresses(d, t.id);
}

/** Frees every address a task holds. */
export function releaseTaskAddresses(d: Draft, taskId: string): void {
  for (const e of d.endpointsOf(`task:${taskId}`)) d.dropEndpoint(e.id);
}
