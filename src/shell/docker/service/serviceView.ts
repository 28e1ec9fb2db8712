import { currentState, isRunning, nodeStatus, tasksOf } from '../../../sim/lookup';
import { digestOf, normalizeImage } from '../../../sim/images';
import type { World, PortConfig, Service, Task } from '../../../sim/world';

/** The image as the service spec holds it: `ubuntu:latest@sha256:...` when the registry knows it. */
export function specImage(ref: string): string {
  const digest = digestOf(ref);
  const normal = normalizeImage(ref);
  return digest && !ref.includes('@') ? `${normal}@${digest}` : normal;
}

/** The image as tables show it: familiar name with tag, no digest (`ubuntu:latest`). */
export function displayImage(ref: string): string {
  return normalizeImage(ref).replace(/^docker\.io\/(library\/)?/, '');
}

/** Tasks running on nodes that are not down, and tasks the service wants (`3/3`). */
export function replicasOf(world: World, s: Service): string {
  const tasks = tasksOf(world, s.id);
  const running = tasks.filter((t) => isRunning(t) && nodeUp(world, t)).length;
  const desired = s.spec.mode.kind === 'replicated' ? s.spec.mode.replicas : tasks.filter((t) => t.desired !== 'shutdown').length;
  return `${running}/${desired}`;
}

function nodeUp(world: World, t: Task): boolean {
  const node = world.swarm?.nodes.find((n) => n.id === t.node);
  return !!node && nodeStatus(world, node) === 'ready';
}

/** docker/cli's PORTS column: ingress ports only, sorted, consecutive ones grouped (`*:8080-8081->80-81/tcp`). */
export function portsColumn(ports: readonly PortConfig[]): string {
  const sorted = [...ports].sort((a, b) => (a.protocol === b.protocol ? a.published - b.published : a.protocol < b.protocol ? -1 : 1));
  const out: string[] = [];
  let r: { pStart: number; pEnd: number; tStart: number; tEnd: number; protocol: string } | null = null;
  const show = (x: NonNullable<typeof r>) =>
    `*:${x.pEnd > x.pStart ? `${x.pStart}-${x.pEnd}` : x.pStart}->${x.tEnd > x.tStart ? `${x.tStart}-${x.tEnd}` : x.tStart}/${x.protocol}`;
  for (const p of sorted) {
    if (p.mode !== 'ingress') continue;
    // Go compares uint32 differences: a smaller port than the range end wraps to a huge number.
    const apart = (a: number, b: number) => a - b > 1 || a < b;
    if (!r || p.protocol !== r.protocol || apart(p.published, r.pEnd) || apart(p.target, r.tEnd) || (r.tEnd !== r.tStart && p.target <= r.tEnd)) {
      if (r && r.pStart > 0) out.push(show(r));
      r = { pStart: p.published, pEnd: p.published, tStart: p.target, tEnd: p.target, protocol: p.protocol };
      continue;
    }
    r.pEnd = p.published;
    r.tEnd = p.target;
  }
  if (r && r.pStart > 0) out.push(show(r));
  return out.join(', ');
}

/** `web.1` for a replicated task, `web.<node id>` for a global one (docker/cli generateTaskNames). */
export function taskName(s: Service, t: Task): string {
  return `${s.spec.name}.${t.slot ?? t.node ?? ''}`;
}

/** The error a task's current status carries, or ''. */
export function taskError(t: Task): string {
  return currentState(t).error ?? '';
}
