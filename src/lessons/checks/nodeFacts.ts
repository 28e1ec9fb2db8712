import { findMachine, findService, machineOfNode, nodeOfMachine, nodeStatus, tasksOf } from '../../sim/lookup';
import type { Availability, World } from '../../sim/world';

/** A node's availability (active, pause, drain), or null when the machine is not a swarm node. */
export function availabilityOf(w: World, machine: string): Availability | null {
  return nodeOfMachine(w, machine)?.availability ?? null;
}

/** Whether a machine is stopped (`docker-machine stop`) and its node shows Down. */
export function isDown(w: World, machine: string): boolean {
  const node = nodeOfMachine(w, machine);
  return findMachine(w, machine)?.state === 'Stopped' && node !== null && nodeStatus(w, node) === 'down';
}

/** The slots of service `svc` that had a task on `machine` which the swarm has since told to shut down, lowest first. */
export function slotsReplacedFrom(w: World, svc: string, machine: string): number[] {
  const service = findService(w, svc);
  if (!service) return [];
  const slots = tasksOf(w, service.id)
    .filter((t) => t.desired === 'shutdown' && t.node !== null && machineOfNode(w, t.node)?.name === machine && t.slot !== null)
    .map((t) => t.slot as number);
  return [...new Set(slots)].sort((a, b) => a - b);
}
