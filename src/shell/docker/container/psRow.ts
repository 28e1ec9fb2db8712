import { currentState } from '../../../sim/lookup';
import type { Container, World } from '../../../sim/world';
import type { CliStyle } from '../../cli/commandSpec';
import type { GoValue } from '../../format/goValue';
import { goTimeString } from '../../format/goTime';
import { createdAgo, exitedAgo, upFor } from '../../format/humanDuration';
import { ellipsis } from './ellipsis';

/** Column headers of `docker ps` by template field (docker/cli formatter/container.go). */
export const psHeaders: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
};

/** The image as `docker ps` shows it: truncated output drops the digest and `docker.io/library/`. */
export function shownImage(image: string, trunc: boolean): string {
  if (!trunc) return image;
  return (image.split('@')[0] ?? image).replace(/^docker\.io\//, '').replace(/^library\//, '');
}

/** The daemon's Status text: `Up 29 seconds`, `Exited (137) 5 minutes ago`. */
export function statusText(world: World, c: Container): string {
  if (c.state === 'running') return upFor(world.now - c.startedAt);
  if (c.state === 'created') return 'Created';
  return exitedAgo(c.exitCode, world.now - finishedAt(world, c));
}

/** When a container stopped: its task's last state change, else its start (standalone containers keep no stop time). */
function finishedAt(world: World, c: Container): number {
  const task = c.task ? world.tasks[c.task] : undefined;
  return task ? currentState(task).at : (c.finishedAt ?? c.startedAt);
}

/** `docker ps` PORTS: `0.0.0.0:8080->80/tcp` (and `[::]:8080->80/tcp` on current engines). */
export function portsText(c: Container, style: CliStyle): string {
  const out: string[] = [];
  const sorted = [...c.ports].sort((a, b) => a.target - b.target || a.published - b.published);
  for (const p of sorted) {
    out.push(`0.0.0.0:${p.published}->${p.target}/${p.protocol}`);
    if (style === 'modern') out.push(`[::]:${p.published}->${p.target}/${p.protocol}`);
  }
  return out.join(', ');
}

/** The template data of one container row (the fields of docker/cli's ContainerContext). */
export function psRow(world: World, c: Container, trunc: boolean, style: CliStyle): Record<string, GoValue> {
  const command = c.command.join(' ');
  const networks = c.interfaces.map((id) => world.networks[world.endpoints[id]?.network ?? '']?.name).filter((n): n is string => !!n);
  return {
    Command: JSON.stringify(trunc ? ellipsis(command, 20, style) : command),
    CreatedAt: goTimeString(Math.floor(c.createdAt / 1000) * 1000),
    ID: trunc ? c.id.slice(0, 12) : c.id,
    Image: shownImage(c.image, trunc),
    Labels: '',
    LocalVolumes: '0',
    Mounts: '',
    Names: c.name,
    Networks: networks.join(','),
    Ports: portsText(c, style),
    RunningFor: createdAgo(world.now - c.createdAt),
    Size: '0B',
    State: c.state,
    Status: statusText(world, c),
  };
}
