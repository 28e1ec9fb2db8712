import { findService, isRunning, machineOfNode, tasksOf } from '../../sim/lookup';
import type { Network, World } from '../../sim/world';

/** The swarm-scoped overlay network called `name` (not ingress), if it exists. */
export function overlayNamed(w: World, name: string): Network | undefined {
  return Object.values(w.networks).find((n) => n.name === name && n.driver === 'overlay' && n.scope === 'swarm');
}

/** A running task of a service on a network: its slot, the machine it runs on, its address there. */
export interface TaskPlace {
  readonly slot: number | null;
  readonly machine: string;
  readonly ip: string;
}

/** The running tasks of service `svc` that have an address on network `net`, by slot. */
export function runningTasksOn(w: World, svc: string, net: string): TaskPlace[] {
  const service = findService(w, svc);
  const network = overlayNamed(w, net);
  if (!service || !network) return [];
  const places: TaskPlace[] = [];
  for (const task of tasksOf(w, service.id)) {
    if (!isRunning(task) || task.node === null) continue;
    const ep = Object.values(w.endpoints).find((e) => e.network === network.id && e.owner.kind === 'task' && e.owner.task === task.id);
    const machine = machineOfNode(w, task.node)?.name;
    if (ep && machine) places.push({ slot: task.slot, machine, ip: ep.ip });
  }
  return places.sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || a.machine.localeCompare(b.machine));
}

/** The virtual IP of service `svc` on network `net`, or '' (dnsrr services have none). */
export function vipOf(w: World, svc: string, net: string): string {
  const service = findService(w, svc);
  const network = overlayNamed(w, net);
  if (!service || !network) return '';
  const ep = Object.values(w.endpoints).find((e) => e.network === network.id && e.owner.kind === 'vip' && e.owner.service === service.id);
  return ep?.ip ?? '';
}

/** Compares dotted IPv4 addresses by value (10.0.0.9 before 10.0.0.10). */
export function byAddress(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 4; i += 1) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
