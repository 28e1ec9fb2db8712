import { applyChange } from '../../../sim/apply';
import type { Change } from '../../../sim/changes';
import type { World } from '../../../sim/world';
import { createWorld } from '../../../sim/createWorld';

/** Applies changes in order; a failing change is a broken fixture. */
export function applyAll(world: World, changes: readonly Change[]): World {
  return changes.reduce((w, c) => {
    const r = applyChange(w, c);
    if (!r.ok) throw new Error(`fixture change ${c.type} failed: ${r.error.key}`);
    return r.world;
  }, world);
}

const machines = [
  { name: 'default', ip: '192.168.99.100' },
  { name: 'default-2', ip: '192.168.99.101' },
  { name: 'default-3', ip: '192.168.99.102' },
];

/** The 'seed-2017' scenario's world (src/scenario/builtins.ts), built from the simulation alone. */
export function seedWorld(): World {
  const w = createWorld({ profile: '17.10', seed: 7, start: Date.parse('2017-11-09T08:13:40Z'), machines });
  const joined = applyAll(w, [{ type: 'swarm/init', on: 'default', advertiseAddr: '' }]);
  const token = joined.swarm?.tokens.worker ?? '';
  const formed = applyAll(joined, [
    { type: 'swarm/join', on: 'default-2', token, remote: '192.168.99.100:2377' },
    { type: 'swarm/join', on: 'default-3', token, remote: '192.168.99.100:2377' },
  ]);
  return { ...formed, cursors: { ...formed.cursors, vni: 4098 } };
}

/**
 * The seed walkthrough's world after `docker network create -d overlay overnet` and
 * `docker service create --name myservice --network overnet --replicas 3 ubuntu sleep infinity`,
 * `seconds` later (the seed's `docker ps` is 29 seconds after).
 */
export function seedServiceWorld(seconds: number): World {
  let w = seedWorld();
  w = applyAll(w, [
    {
      type: 'network/create',
      on: 'default',
      spec: { name: 'overnet', driver: 'overlay', attachable: false, internal: false, ingress: false, options: {}, labels: {} },
    },
  ]);
  const overnet = Object.values(w.networks).find((n) => n.name === 'overnet')!;
  return applyAll(w, [
    {
      type: 'service/create',
      on: 'default',
      spec: {
        name: 'myservice',
        image: 'ubuntu',
        args: ['sleep', 'infinity'],
        mode: { kind: 'replicated', replicas: 3 },
        networks: [{ network: overnet.id, aliases: [] }],
        ports: [],
        endpointMode: 'vip',
        hostname: null,
        constraints: [],
      },
    },
    { type: 'clock/advance', ms: seconds * 1000 },
  ]);
}
