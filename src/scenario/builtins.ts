import { table } from '../sim/own';
import { SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario } from './format';

const machines = [
  { name: 'default', ip: '192.168.99.100' },
  { name: 'default-2', ip: '192.168.99.101' },
  { name: 'default-3', ip: '192.168.99.102' },
];

const base = { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, machines, commands: [] } as const;

/** Current Docker, three docker-machine VMs already in one swarm (`default` leads). */
export const threeNode: Scenario = {
  ...base,
  name: 'three-node',
  profile: '29',
  seed: 20261128,
  start: '2026-11-28T09:00:00Z',
  swarm: { managers: ['default'], workers: ['default-2', 'default-3'] },
};

/**
 * The seed walkthrough's world (Docker 17.10): pinned so that `overnet` gets VNI 4098 and the
 * scheduler places slot 1 on default-2, slot 2 on default, slot 3 on default-3.
 */
export const seed2017: Scenario = {
  ...base,
  name: 'seed-2017',
  profile: '17.10',
  seed: 7,
  start: '2017-11-09T08:13:40Z',
  swarm: { managers: ['default'], workers: ['default-2', 'default-3'] },
  cursors: { vni: 4098 },
};

/** Three machines with Docker running and no swarm yet: for `swarm init` and `swarm join`. */
export const noSwarm: Scenario = {
  ...base,
  name: 'no-swarm',
  profile: '29',
  seed: 7,
  start: '2026-11-28T09:00:00Z',
  swarm: null,
};

/** Fifty nodes in one swarm and a 500-task service on a /20 overlay, with an alpine `c1` to send from (for benchmarks). */
export const big50: Scenario = {
  ...base,
  name: 'big-50',
  profile: '29',
  seed: 50,
  start: '2026-11-28T09:00:00Z',
  machines: Array.from({ length: 50 }, (_, i) => ({ name: i === 0 ? 'default' : `default-${i + 1}`, ip: `192.168.99.${100 + i}` })),
  swarm: { managers: ['default'], workers: Array.from({ length: 49 }, (_, i) => `default-${i + 2}`) },
  commands: [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable --subnet 10.0.16.0/20 bignet',
    'docker service create -d --name web --replicas 500 --network bignet nginx',
    'docker run -dit --name c1 --network bignet alpine',
  ],
};

/** The built-in scenarios by name; prototype-free, so `?scenario=constructor` finds nothing. */
export const builtinScenarios: Readonly<Record<string, Scenario>> = table({
  'three-node': threeNode,
  'seed-2017': seed2017,
  'no-swarm': noSwarm,
  'big-50': big50,
});
