import type { DeployPatch } from './service/deploySpec';
import type { Availability, NodeRole, PortConfig, ServiceSpec } from './world';

/**
 * Everything that can change the world, as data. `on` is the machine whose engine receives the
 * request (a manager for cluster changes), exactly as the docker CLI on that machine would send it.
 * Apply with `applyChange` (apply.ts).
 */
export type Change =
  | { readonly type: 'clock/advance'; readonly ms: number }
  | { readonly type: 'machine/stop'; readonly machine: string }
  | { readonly type: 'machine/start'; readonly machine: string }
  | {
      readonly type: 'swarm/init';
      readonly on: string;
      readonly advertiseAddr?: string;
      readonly addrPools?: readonly string[];
      readonly maskLength?: number;
      readonly dataPathPort?: number;
    }
  | { readonly type: 'swarm/join'; readonly on: string; readonly token: string; readonly remote: string }
  | { readonly type: 'swarm/leave'; readonly on: string; readonly force: boolean }
  | {
      readonly type: 'node/update';
      readonly on: string;
      readonly node: string;
      readonly availability?: Availability;
      readonly role?: NodeRole;
    }
  | { readonly type: 'node/rm'; readonly on: string; readonly node: string; readonly force: boolean }
  | { readonly type: 'network/create'; readonly on: string; readonly spec: NetworkCreateSpec }
  | { readonly type: 'network/rm'; readonly on: string; readonly network: string }
  | {
      readonly type: 'network/connect';
      readonly on: string;
      readonly network: string;
      readonly container: string;
      readonly aliases: readonly string[];
    }
  | { readonly type: 'network/disconnect'; readonly on: string; readonly network: string; readonly container: string; readonly force: boolean }
  | { readonly type: 'service/create'; readonly on: string; readonly spec: ServiceSpec }
  | { readonly type: 'service/update'; readonly on: string; readonly service: string; readonly update: ServiceUpdate }
  | { readonly type: 'service/rm'; readonly on: string; readonly service: string }
  | { readonly type: 'container/run'; readonly on: string; readonly spec: ContainerRunSpec }
  | { readonly type: 'container/create'; readonly on: string; readonly spec: ContainerRunSpec }
  | { readonly type: 'container/stop'; readonly on: string; readonly container: string; readonly signal: 'kill' | 'stop' }
  | { readonly type: 'container/start'; readonly on: string; readonly container: string }
  | { readonly type: 'container/rm'; readonly on: string; readonly container: string; readonly force: boolean }
  | { readonly type: 'container/install'; readonly container: string; readonly packages: readonly string[] }
  | { readonly type: 'container/apt-update'; readonly container: string }
  /** Files in a machine or container (fs/fileEntry.ts); `rm` removes a directory with everything under it. */
  | { readonly type: 'fs/write'; readonly owner: string; readonly path: string; readonly text: string; readonly append: boolean }
  | { readonly type: 'fs/mkdir'; readonly owner: string; readonly path: string }
  | { readonly type: 'fs/rm'; readonly owner: string; readonly path: string }
  /** Stores IPVS round-robin positions after traffic was balanced (merged into World.lbCursors). */
  | { readonly type: 'traffic/record'; readonly lbCursors: Readonly<Record<string, number>> };

export interface NetworkCreateSpec {
  readonly name: string;
  readonly driver: 'overlay' | 'bridge';
  readonly subnet?: string;
  readonly gateway?: string;
  readonly attachable: boolean;
  readonly internal: boolean;
  readonly ingress: boolean;
  readonly options: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
}

/** Fields of a service that `service update` / `service scale` may change; absent means unchanged. */
export interface ServiceUpdate {
  readonly replicas?: number;
  readonly image?: string;
  readonly args?: readonly string[];
  readonly addNetworks?: ServiceSpec['networks'];
  readonly removeNetworks?: readonly string[];
  readonly addPorts?: readonly PortConfig[];
  readonly removePorts?: readonly number[];
  readonly endpointMode?: 'vip' | 'dnsrr';
  readonly addConstraints?: readonly string[];
  readonly removeConstraints?: readonly string[];
  /** `--force`: recreate every task even if nothing changed. */
  readonly force?: boolean;
  /** `--update-*`, `--rollback-*`, `--restart-*`, `--limit-*`, `--reserve-*`, `--placement-pref-*`. */
  readonly deploy?: DeployPatch;
}

export interface ContainerRunSpec {
  readonly name: string | null;
  readonly image: string;
  readonly command: readonly string[];
  /** Network name or id; null means the default `bridge`. */
  readonly network: string | null;
  /** Further networks (`--network` given again, API 1.44+), attached after the first; aliases go to the first only. */
  readonly moreNetworks?: readonly string[];
  readonly aliases: readonly string[];
  readonly hostname: string | null;
  readonly ports: readonly PortConfig[];
  /** `--entrypoint`: replaces the image's entrypoint and its default command. */
  readonly entrypoint?: string;
}

export type ChangeType = Change['type'];
