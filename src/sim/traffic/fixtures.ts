import { canonical, overlay, service, world } from '../dns/fixtures';
import { findMachine, machineOfNode } from '../lookup';
import type { Change } from '../changes';
import type { Container, World } from '../world';

/**
 * Test worlds for traffic (built from changes, like src/sim/dns/fixtures.ts): SPEC §11's `web` (nginx, 3
 * replicas, 8080:80 on mynet) plus a global `cli` service (alpine) so every node has a client.
 */
export function meshWorld(extra: readonly Change[] = []): World {
  return world('three-node', [...canonical, service('cli', { image: 'alpine', args: ['sleep', '1d'], mode: { kind: 'global' } }), { type: 'clock/advance', ms: 10_000 }, ...extra]);
}

/** The seed's world (17.10): overnet with `web` (nginx, 3 replicas) and a global `cli` (alpine). */
export function seedWorld(extra: readonly Change[] = []): World {
  const on = { networks: [{ network: 'overnet', aliases: [] }] };
  return world('seed-2017', [overlay('overnet'), service('web', on), service('cli', { ...on, image: 'alpine', args: ['sleep', '1d'], mode: { kind: 'global' } }), { type: 'clock/advance', ms: 10_000 }, ...extra]);
}

/** The running container of a service's task on a machine. */
export function taskOn(w: World, serviceName: string, machine: string): Container {
  const s = Object.values(w.services).find((x) => x.spec.name === serviceName);
  for (const t of Object.values(w.tasks)) {
    if (t.service !== s?.id || t.desired !== 'running' || !t.node || !t.container) continue;
    if (machineOfNode(w, t.node)?.name === machine) return w.containers[t.container] as Container;
  }
  throw new Error(`no ${serviceName} task on ${machine}`);
}

/** The address of a container on a network (by network name). */
export function ipOn(w: World, c: Container, network: string): string {
  for (const id of c.interfaces) {
    const e = w.endpoints[id];
    if (e && w.networks[e.network]?.name === network) return e.ip;
  }
  throw new Error(`${c.name} is not on ${network}`);
}

export { findMachine, overlay, service };
