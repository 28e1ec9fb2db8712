import { Rng } from './rng';
import { engineId, hexId } from './ids';
import { localNetwork } from './network/localNetwork';
import type { ProfileName } from './profile';
import type { Cursors, Machine, Network, World } from './world';

export interface MachineSeed {
  readonly name: string;
  readonly ip: string;
  readonly prefixLength?: number;
}

export interface WorldSeed {
  readonly profile: ProfileName;
  readonly seed: number;
  /** Simulated start time, ms since the epoch. */
  readonly start: number;
  readonly machines: readonly MachineSeed[];
  readonly cursors?: Partial<Cursors>;
}

export const defaultCursors: Cursors = { vni: 4096, fwmark: 256 };

/** Machines with their engines up and the predefined networks (bridge, host, none); no swarm yet. */
export function createWorld(seed: WorldSeed): World {
  const rng = new Rng(seed.seed >>> 0);
  const networks: Record<string, Network> = {};
  const machines: Machine[] = seed.machines.map((m) => ({
    name: m.name,
    ip: m.ip,
    prefixLength: m.prefixLength ?? 24,
    state: 'Running',
    peerName: hexId(rng, 12),
    engineId: engineId(rng),
  }));
  for (const m of machines) {
    for (const n of predefinedNetworks(m.name, seed.start, rng)) networks[n.id] = n;
  }
  return {
    profile: seed.profile,
    rng: rng.state,
    now: seed.start,
    machines,
    swarm: null,
    networks,
    endpoints: {},
    services: {},
    tasks: {},
    containers: {},
    cursors: { ...defaultCursors, ...seed.cursors },
  };
}

function predefinedNetworks(machine: string, createdAt: number, rng: Rng): Network[] {
  const base = { machine, createdAt, predefined: true };
  return [
    localNetwork({
      ...base,
      id: engineId(rng),
      name: 'bridge',
      driver: 'bridge',
      ipam: { subnet: '172.17.0.0/16', gateway: '172.17.0.1' },
      options: {
        'com.docker.network.bridge.default_bridge': 'true',
        'com.docker.network.bridge.enable_icc': 'true',
        'com.docker.network.bridge.enable_ip_masquerade': 'true',
        'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
        'com.docker.network.bridge.name': 'docker0',
        'com.docker.network.driver.mtu': '1500',
      },
    }),
    localNetwork({ ...base, id: engineId(rng), name: 'host', driver: 'host', ipam: null }),
    localNetwork({ ...base, id: engineId(rng), name: 'none', driver: 'null', ipam: null }),
  ];
}
