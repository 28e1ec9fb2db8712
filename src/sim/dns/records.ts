import { isServing, servicesInOrder } from '../lookup';
import type { WorldView } from '../view';
import type { Endpoint, Network, Service, Task } from '../world';

/** A task that DNS answers for on a network: serving, with its address there. */
interface TaskRecord {
  readonly task: Task;
  readonly endpoint: Endpoint;
}

function servingTasks(w: WorldView, s: Service, networkId: string): TaskRecord[] {
  const out: TaskRecord[] = [];
  for (const e of Object.values(w.endpoints)) {
    if (e.network !== networkId || e.owner.kind !== 'task') continue;
    const task = w.tasks[e.owner.task];
    if (task && task.service === s.id && isServing(w, task)) out.push({ task, endpoint: e });
  }
  return out.sort((a, b) => (a.task.slot ?? 0) - (b.task.slot ?? 0) || (a.task.id < b.task.id ? -1 : 1));
}

function vipOf(w: WorldView, s: Service, networkId: string): string | null {
  const e = Object.values(w.endpoints).find((x) => x.network === networkId && x.owner.kind === 'vip' && x.owner.service === s.id);
  return e?.ip ?? null;
}

/**
 * The addresses a lower-case name has on one network (SPEC §5), or null if the network has no such record.
 * Ingress has no records; only serving tasks and running containers count.
 */
export function namesOn(w: WorldView, network: Network, name: string): string[] | null {
  if (network.ingress) return null;
  for (const s of servicesInOrder(w)) {
    const attachment = s.spec.networks.find((n) => n.network === network.id);
    if (!attachment) continue;
    const tasks = servingTasks(w, s, network.id);
    if (tasks.length === 0) continue;
    const names = [s.spec.name, ...attachment.aliases].map((n) => n.toLowerCase());
    if (names.includes(name)) {
      const vip = vipOf(w, s, network.id);
      return s.spec.endpointMode === 'vip' && vip ? [vip] : tasks.map((t) => t.endpoint.ip);
    }
    if (names.some((n) => name === `tasks.${n}`)) return tasks.map((t) => t.endpoint.ip);
    for (const { task, endpoint } of tasks) {
      const container = task.container ? w.containers[task.container] : undefined;
      const own = [container?.name, container?.id.slice(0, 12), s.spec.hostname ?? undefined];
      if (own.some((n) => n !== undefined && n.toLowerCase() === name)) return [endpoint.ip];
    }
  }
  for (const e of Object.values(w.endpoints)) {
    if (e.network !== network.id || e.owner.kind !== 'container') continue;
    const c = w.containers[e.owner.container];
    if (!c || c.state !== 'running' || c.task) continue;
    const own = [c.name, c.id.slice(0, 12), ...e.aliases].map((n) => n.toLowerCase());
    if (own.includes(name)) return [e.ip];
  }
  return null;
}

/** PTR target for an address on one network: `<container name>.<network name>`; VIPs and LB addresses have none. */
export function pointerOn(w: WorldView, network: Network, ip: string): string | null {
  if (network.ingress) return null;
  for (const e of Object.values(w.endpoints)) {
    if (e.network !== network.id || e.ip !== ip) continue;
    if (e.owner.kind === 'task') {
      const task = w.tasks[e.owner.task];
      const c = task?.container ? w.containers[task.container] : undefined;
      if (task && c && isServing(w, task)) return `${c.name}.${network.name}`;
    }
    if (e.owner.kind === 'container') {
      const c = w.containers[e.owner.container];
      if (c && c.state === 'running') return `${c.name}.${network.name}`;
    }
  }
  return null;
}
