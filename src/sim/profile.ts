/**
 * Everything that differs between Docker versions lives here (SPEC §0). Code asks the profile;
 * it never compares version strings.
 */
export type ProfileName = '29' | '17.10';

export interface EngineProfile {
  readonly name: ProfileName;
  readonly engineVersion: string;
  readonly gitCommit: string;
  readonly apiVersion: string;
  readonly goVersion: string;
  readonly boot2dockerBuild: string;
  /** Ingress subnet: taken from the swarm pool like any overlay, or a fixed subnet. */
  readonly ingress: { kind: 'pool' } | { kind: 'fixed'; subnet: string; gateway: string };
  /** Swarm networks get their subnet at `network create` (false) or when the first service attaches (true). */
  readonly subnetOnFirstService: boolean;
  /**
   * Address order in an overlay. 'vip-first': gw, VIP, tasks, then one LB address per node running a task.
   * 'lb-first': gw, one LB address for every swarm node, then VIP, then tasks.
   */
  readonly overlayAddressOrder: 'vip-first' | 'lb-first';
  /** Where east-west VIP load balancing happens: the node's LB sandbox (with SNAT) or the client itself. */
  readonly vipBalancing: 'lb-sandbox' | 'client';
  /** Key of a node's LB endpoint in `network inspect` Containers. */
  readonly lbEndpointKey: (network: string) => string;
  readonly resolvConf: 'annotated' | 'plain';
  /** Last line of `service create` progress. */
  readonly convergedLine: (serviceId: string) => string;
  readonly networkInspectFields: readonly string[];
  readonly tableMinWidth: number;
  /** Which docker/cli generation prints messages and help: today's, or 17.10's older wording. */
  readonly cli: 'modern' | 'legacy';
}

const profile29: EngineProfile = {
  name: '29',
  engineVersion: '29.7.2',
  gitCommit: '8c8da8c',
  apiVersion: '1.52',
  goVersion: 'go1.25.5',
  boot2dockerBuild: 'Boot2Docker version 29.7.2, build HEAD : 8c8da8c',
  ingress: { kind: 'pool' },
  subnetOnFirstService: false,
  overlayAddressOrder: 'vip-first',
  vipBalancing: 'lb-sandbox',
  lbEndpointKey: (network) => `lb-${network}`,
  resolvConf: 'annotated',
  convergedLine: (serviceId) => `verify: Service ${serviceId} converged `,
  networkInspectFields: [
    'Name', 'Id', 'Created', 'Scope', 'Driver', 'EnableIPv4', 'EnableIPv6', 'IPAM', 'Internal', 'Attachable',
    'Ingress', 'ConfigFrom', 'ConfigOnly', 'Options', 'Labels', 'Peers', 'Containers',
  ],
  tableMinWidth: 10,
  cli: 'modern',
};

const profile1710: EngineProfile = {
  name: '17.10',
  engineVersion: '17.10.0-ce',
  gitCommit: 'f4ffd25',
  apiVersion: '1.33',
  goVersion: 'go1.8.3',
  boot2dockerBuild: 'Boot2Docker version 17.10.0-ce, build HEAD : 34fe485 - Wed Oct 18 17:16:34 UTC 2017',
  ingress: { kind: 'fixed', subnet: '10.255.0.0/16', gateway: '10.255.0.1' },
  subnetOnFirstService: true,
  overlayAddressOrder: 'lb-first',
  vipBalancing: 'client',
  lbEndpointKey: (network) => `${network}-sbox`,
  resolvConf: 'plain',
  convergedLine: () => 'verify: Service converged ',
  networkInspectFields: [
    'Name', 'Id', 'Created', 'Scope', 'Driver', 'EnableIPv6', 'IPAM', 'Internal', 'Attachable', 'Ingress',
    'ConfigFrom', 'ConfigOnly', 'Containers', 'Options', 'Labels', 'Peers',
  ],
  tableMinWidth: 20,
  cli: 'legacy',
};

export const profiles: Readonly<Record<ProfileName, EngineProfile>> = { '29': profile29, '17.10': profile1710 };

export function isProfileName(value: unknown): value is ProfileName {
  return value === '29' || value === '17.10';
}
