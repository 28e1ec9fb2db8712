import type { WorldView } from '../view';
import type { Endpoint } from '../world';

/** The machine whose engine holds an endpoint (null for VIPs, which live in no sandbox of their own). */
export function endpointMachine(w: WorldView, e: Endpoint): string | null {
  switch (e.owner.kind) {
    case 'lb':
    case 'ingress-sbox':
      return e.owner.machine;
    case 'container':
      return w.containers[e.owner.container]?.machine ?? null;
    case 'task': {
      const task = w.tasks[e.owner.task];
      const container = task?.container ? w.containers[task.container] : undefined;
      return container?.machine ?? null;
    }
    case 'vip':
      return null;
  }
}

/** Endpoints of a network held by sandboxes on one machine, in address order (what `network inspect` lists there). */
export function localEndpoints(w: WorldView, networkId: string, machine: string): Endpoint[] {
  return Object.values(w.endpoints)
    .filter((e) => e.network === networkId && endpointMachine(w, e) === machine)
    .sort((a, b) => ipOrder(a.ip) - ipOrder(b.ip));
}

function ipOrder(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}
