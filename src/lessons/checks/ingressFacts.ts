import { ingressNetwork } from '../../sim/lookup';
import type { World } from '../../sim/world';
import type { LessonView } from '../lesson';
import { hopAtCursor } from './traceFacts';
import { runningTasksOn } from './worldFacts';

/** The port a service publishes on the routing mesh (its first ingress-mode port), or 0. */
export function publishedPort(w: World, svc: string): number {
  const service = Object.values(w.services).find((s) => s.spec.name === svc);
  return service?.spec.ports.find((p) => p.mode === 'ingress')?.published ?? 0;
}

/** The address a machine's ingress-sbox has on the ingress network, or ''. */
export function ingressSboxIp(w: World, machine: string): string {
  const ingress = ingressNetwork(w);
  const ep = Object.values(w.endpoints).find((e) => e.network === ingress?.id && e.owner.kind === 'ingress-sbox' && e.owner.machine === machine);
  return ep?.ip ?? '';
}

/** The machines that run no task of `svc`, in machine order. */
export function machinesWithoutTask(w: World, svc: string): string[] {
  const busy = new Set(runningTasksOn(w, svc, 'ingress').map((t) => t.machine));
  return w.machines.map((m) => m.name).filter((m) => !busy.has(m));
}

/**
 * Whether a request sent to `machine` from outside went through that machine's ingress-sbox (IPVS picked a
 * task there) and its answer came back to the laptop: the routing mesh answered on that node.
 */
export function meshAnsweredOn(v: LessonView, machine: string): boolean {
  return v.traces.some((t) => {
    const viaSbox = t.packets.some((p) => p.direction === 'request' && p.hops.some((h) => h.action === 'ipvs-schedule' && h.at.kind === 'ingress-sbox' && h.at.machine === machine));
    const back = t.packets.some((p) => p.direction === 'reply' && p.outcome === 'delivered' && p.hops.at(-1)?.at.kind === 'laptop');
    return viaSbox && back;
  });
}

/** The hop the stepper stands on when it is IPVS choosing a task inside an ingress-sbox, else null. */
export function ingressPickAtCursor(v: LessonView) {
  const hop = hopAtCursor(v);
  return hop?.action === 'ipvs-schedule' && hop.at.kind === 'ingress-sbox' ? hop : null;
}
