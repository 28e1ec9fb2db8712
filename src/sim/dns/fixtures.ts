import { applyChange } from '../apply';
import type { Change, NetworkCreateSpec } from '../changes';
import { createWorld } from '../createWorld';
import type { ServiceSpec, World } from '../world';
import { parseIsoMs } from '../calendar';

const machines = [
  { name: 'default', ip: '192.168.99.100' },
  { name: 'default-2', ip: '192.168.99.101' },
  { name: 'default-3', ip: '192.168.99.102' },
];

/** The built-in scenarios' worlds (src/scenario/builtins.ts), formed here because sim may not import scenario. */
function formed(scenario: 'three-node' | 'seed-2017'): World {
  const seed = scenario === 'three-node'
    ? { profile: '29' as const, seed: 20261128, start: parseIsoMs('2026-11-28T09:00:00Z') }
    : { profile: '17.10' as const, seed: 7, start: parseIsoMs('2017-11-09T08:13:40Z') };
  let w = createWorld({ ...seed, machines });
  w = apply(w, { type: 'swarm/init', on: 'default', advertiseAddr: '' });
  for (const m of ['default-2', 'default-3']) {
    w = apply(w, { type: 'swarm/join', on: m, token: w.swarm?.tokens.worker ?? '', remote: '192.168.99.100:2377' });
  }
  return scenario === 'seed-2017' ? { ...w, cursors: { ...w.cursors, vni: 4098 } } : w;
}

function apply(w: World, c: Change): World {
  const r = applyChange(w, c);
  if (!r.ok) throw new Error(`fixture change ${c.type} failed: ${r.error.key}`);
  return r.world;
}

/** Test worlds for the resolver and the container shell: built from changes, no CLI involved. */
export function world(scenario: 'three-node' | 'seed-2017', changes: readonly Change[]): World {
  let w = formed(scenario);
  for (const c of changes) {
    w = apply(w, c);
  }
  return w;
}

export function overlay(name: string, extra: Partial<NetworkCreateSpec> = {}): Change {
  const spec: NetworkCreateSpec = { name, driver: 'overlay', attachable: false, internal: false, ingress: false, options: {}, labels: {}, ...extra };
  return { type: 'network/create', on: 'default', spec };
}

export function service(name: string, extra: Partial<ServiceSpec> = {}): Change {
  const spec: ServiceSpec = {
    name,
    image: 'nginx',
    args: [],
    mode: { kind: 'replicated', replicas: 3 },
    networks: [{ network: 'mynet', aliases: [] }],
    ports: [],
    endpointMode: 'vip',
    hostname: null,
    constraints: [],
    ...extra,
  };
  return { type: 'service/create', on: 'default', spec };
}

/** SPEC §11: mynet, and web with 3 replicas on it publishing 8080:80. */
export const canonical: readonly Change[] = [
  overlay('mynet'),
  service('web', { ports: [{ published: 8080, target: 80, protocol: 'tcp', mode: 'ingress' }] }),
  { type: 'clock/advance', ms: 10_000 },
];

/** The container of a service's task in a slot. */
export function taskContainer(w: World, serviceName: string, slot = 1): string {
  const s = Object.values(w.services).find((x) => x.spec.name === serviceName);
  const t = Object.values(w.tasks).find((x) => x.service === s?.id && x.slot === slot && x.desired === 'running');
  if (!t?.container) throw new Error(`no container for ${serviceName}.${slot}`);
  return t.container;
}
