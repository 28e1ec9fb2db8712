import { applyChange } from '../src/sim/apply';
import type { Change } from '../src/sim/changes';
import { createWorld } from '../src/sim/createWorld';
import type { World } from '../src/sim/world';

function must(w: World, c: Change): World {
  const r = applyChange(w, c);
  if (!r.ok) throw new Error(`${c.type}: ${r.error.key} ${JSON.stringify(r.error.params)}`);
  return r.world;
}

/** A swarm of `nodes` machines (first one manager), `overlays` overlays and `replicas` tasks over `services` services. */
export function bigSwarm(nodes: number, overlays: number, services: number, replicas: number): World {
  const machines = Array.from({ length: nodes }, (_, i) => ({ name: i === 0 ? 'default' : `default-${i + 1}`, ip: `192.168.${99 + Math.floor((i + 100) / 254)}.${(i + 100) % 254}` }));
  let w = createWorld({ profile: '29', seed: 1, start: Date.UTC(2026, 10, 28), machines });
  w = must(w, { type: 'swarm/init', on: 'default' });
  for (const m of machines.slice(1)) w = must(w, { type: 'swarm/join', on: m.name, token: w.swarm?.tokens.worker ?? '', remote: `${machines[0]?.ip}:2377` });
  for (let i = 0; i < overlays; i++) {
    w = must(w, { type: 'network/create', on: 'default', spec: { name: `net${i}`, driver: 'overlay', attachable: false, internal: false, ingress: false, options: {}, labels: {} } });
  }
  for (let i = 0; i < services; i++) {
    w = must(w, {
      type: 'service/create',
      on: 'default',
      spec: { name: `svc${i}`, image: 'nginx', args: [], mode: { kind: 'replicated', replicas: replicas / services }, networks: [{ network: `net${i % overlays}`, aliases: [] }], ports: [], endpointMode: 'vip', hostname: null, constraints: [] },
    });
  }
  return w;
}
