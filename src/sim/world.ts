import type { DeploySpec } from './service/deploySpec';
import type { FileEntry } from './fs/fileEntry';
import type { ProfileName } from './profile';

/**
 * The whole simulated world. Every record is read-only; changes return new records (see apply.ts).
 * Derived facts (IPVS tables, FDB entries, DNS records, which overlays a worker holds) are computed
 * from this by pure functions, never stored.
 *
 * Times are simulated milliseconds since the Unix epoch.
 */
export interface World {
  readonly profile: ProfileName;
  /** State of the seeded generator (see rng.ts). */
  readonly rng: number;
  readonly now: number;
  readonly machines: readonly Machine[];
  readonly swarm: Swarm | null;
  readonly networks: Readonly<Record<string, Network>>;
  readonly endpoints: Readonly<Record<string, Endpoint>>;
  readonly services: Readonly<Record<string, Service>>;
  readonly tasks: Readonly<Record<string, Task>>;
  readonly containers: Readonly<Record<string, Container>>;
  readonly cursors: Cursors;
  /**
   * IPVS round-robin positions, keyed `<machine>/<namespace>/<fwmark>` (the namespace holding the IPVS
   * table): the index of the next real server in address order. Absent means every position is 0.
   * Written by `traffic/record` after a command sent balanced traffic.
   */
  readonly lbCursors?: Readonly<Record<string, number>>;
  /** Files made inside machines and containers (see fs/fileEntry.ts); absent means none. */
  readonly files?: readonly FileEntry[];
}

/** Allocator positions a scenario may pin (SPEC §0: the seed's overlay has VNI 4098). */
export interface Cursors {
  /** Next VXLAN id to hand out. */
  readonly vni: number;
  /** Next IPVS firewall mark. */
  readonly fwmark: number;
}

export interface Machine {
  readonly name: string;
  /** Underlay address, e.g. 192.168.99.100. */
  readonly ip: string;
  readonly prefixLength: number;
  readonly state: 'Running' | 'Stopped';
  /** 12-hex name this machine has in overlay `Peers` lists. */
  readonly peerName: string;
  /** Engine id shown by `docker info` (64 hex). */
  readonly engineId: string;
}

export type NodeRole = 'manager' | 'worker';
export type Availability = 'active' | 'pause' | 'drain';

export interface Swarm {
  readonly id: string;
  readonly createdAt: number;
  readonly secret: string;
  readonly tokens: { readonly worker: string; readonly manager: string };
  readonly addrPools: readonly string[];
  readonly maskLength: number;
  readonly dataPathPort: number;
  readonly nodes: readonly SwarmNode[];
}

export interface SwarmNode {
  readonly id: string;
  readonly machine: string;
  readonly role: NodeRole;
  readonly leader: boolean;
  readonly availability: Availability;
  /** Left the swarm (`swarm leave`): shown Down on managers until `node rm`. */
  readonly left: boolean;
  readonly createdAt: number;
  readonly version: number;
}

export type NetworkDriver = 'overlay' | 'bridge' | 'host' | 'null';

export interface IpamConfig {
  readonly subnet: string;
  readonly gateway: string;
}

export interface Network {
  readonly id: string;
  readonly name: string;
  readonly driver: NetworkDriver;
  readonly scope: 'swarm' | 'local';
  /** The machine a local network lives on; null for swarm networks. */
  readonly machine: string | null;
  /** null: not yet allocated (17.10 swarm networks before the first service). */
  readonly createdAt: number | null;
  readonly ipam: IpamConfig | null;
  /** Was the subnet given with --subnet (kept when the network is re-allocated). */
  readonly requested: { readonly subnet?: string; readonly gateway?: string };
  readonly vni: number | null;
  readonly internal: boolean;
  readonly attachable: boolean;
  readonly ingress: boolean;
  readonly encrypted: boolean;
  readonly options: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  /** Predefined networks (bridge, host, none) cannot be removed. */
  readonly predefined: boolean;
  /** Last address handed out (swarm networks allocate serially after it). */
  readonly cursor: string | null;
}

/** Who holds an address on a network. */
export type EndpointOwner =
  | { readonly kind: 'vip'; readonly service: string }
  | { readonly kind: 'task'; readonly task: string }
  | { readonly kind: 'container'; readonly container: string }
  | { readonly kind: 'lb'; readonly machine: string }
  | { readonly kind: 'ingress-sbox'; readonly machine: string };

export interface Endpoint {
  /** 64 hex; VIPs have ids too but inspect never shows them. */
  readonly id: string;
  readonly network: string;
  readonly ip: string;
  readonly mac: string;
  readonly owner: EndpointOwner;
  /** Extra DNS names on this network (--network name=N,alias=A, --network-alias). */
  readonly aliases: readonly string[];
}

export type TaskState =
  | 'new'
  | 'allocated'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned';

export interface PortConfig {
  readonly published: number;
  readonly target: number;
  readonly protocol: 'tcp' | 'udp';
  readonly mode: 'ingress' | 'host';
}

export interface ServiceNetwork {
  readonly network: string;
  readonly aliases: readonly string[];
}

export interface ServiceSpec {
  readonly name: string;
  readonly image: string;
  readonly args: readonly string[];
  readonly mode: { readonly kind: 'replicated'; readonly replicas: number } | { readonly kind: 'global' };
  readonly networks: readonly ServiceNetwork[];
  readonly ports: readonly PortConfig[];
  readonly endpointMode: 'vip' | 'dnsrr';
  readonly hostname: string | null;
  readonly constraints: readonly string[];
  /** Update, rollback and restart policies, resources, placement preferences (swarmkit's defaults when absent). */
  readonly deploy?: DeploySpec;
}

export interface Service {
  readonly id: string;
  readonly spec: ServiceSpec;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly version: number;
  /** One IPVS firewall mark per service (SPEC §6). */
  readonly fwmark: number;
  /** A rolling update under way: the slots (or node ids, global) still to replace, and when the next batch goes. */
  readonly rollout?: { readonly pending: readonly string[]; readonly nextAt: number };
}

export interface TaskStatus {
  readonly state: TaskState;
  readonly at: number;
  readonly error: string | null;
}

export interface Task {
  readonly id: string;
  readonly service: string;
  /** Replicated: slot number; global: null (named by node). */
  readonly slot: number | null;
  /** Node id once assigned. */
  readonly node: string | null;
  readonly desired: 'running' | 'shutdown';
  /** Status history, oldest first; the last entry is the current state. */
  readonly status: readonly TaskStatus[];
  readonly container: string | null;
  readonly createdAt: number;
  /** The service's image when the task was created: a task keeps it through later `service update --image`. */
  readonly image: string;
}

export interface Container {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly command: readonly string[];
  readonly machine: string;
  readonly createdAt: number;
  /** `created`: made by `docker run`/`create` but never started (its start failed). */
  readonly state: 'created' | 'running' | 'exited';
  readonly startedAt: number;
  readonly exitCode: number;
  readonly task: string | null;
  readonly hostname: string;
  /** Endpoint ids in interface order (eth0, eth1, ...). */
  readonly interfaces: readonly string[];
  /** Published ports for `docker run -p` on a local bridge. */
  readonly ports: readonly PortConfig[];
  /** Packages installed with apt-get/apk (ping, nslookup, curl are missing from ubuntu until then). */
  readonly packages: readonly string[];
  readonly aptUpdated: boolean;
  /**
   * Standalone containers: the networks joined at each start, in interface order. A stopped container
   * holds no endpoint (its addresses are released) and gets them back when it starts again.
   */
  readonly networks?: readonly { readonly network: string; readonly aliases: readonly string[] }[];
  /** When a standalone container last stopped. */
  readonly finishedAt?: number;
}
