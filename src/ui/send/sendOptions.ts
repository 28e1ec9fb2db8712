import { LAPTOP } from '../../sim/traffic/places';
import type { World } from '../../sim/world';

/** A sender the dialog offers. */
export interface SendSource {
  /** 'laptop' or a container id. */
  readonly value: string;
  readonly name: string;
  readonly machine: string;
}

/** Who can send: the laptop, then every running container by node and name. */
export function sendSources(world: World): SendSource[] {
  const containers = Object.values(world.containers)
    .filter((c) => c.state === 'running')
    .sort((a, b) => a.machine.localeCompare(b.machine) || a.name.localeCompare(b.name))
    .map((c) => ({ value: c.id, name: c.name, machine: c.machine }));
  return [{ value: 'laptop', name: 'laptop', machine: LAPTOP.ip }, ...containers];
}

/** Suggestions for the destination: services, containers that are not tasks, then node addresses. */
export function sendTargets(world: World): string[] {
  const services = Object.values(world.services).map((s) => s.spec.name).sort();
  const containers = Object.values(world.containers).filter((c) => c.task === null && c.state === 'running').map((c) => c.name).sort();
  const nodes = world.machines.map((m) => m.ip);
  return [...new Set([...services, ...containers, ...nodes])];
}
