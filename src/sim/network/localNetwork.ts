import type { WorldView } from '../view';
import type { Network } from '../world';

type Given = Pick<Network, 'id' | 'name' | 'driver' | 'machine' | 'createdAt' | 'ipam'> & Partial<Network>;

/** A machine-local network (bridge, host, null): the given fields over a plain default bridge's. */
export function localNetwork(given: Given): Network {
  return {
    scope: 'local',
    requested: {},
    vni: null,
    internal: false,
    attachable: false,
    ingress: false,
    encrypted: false,
    options: {},
    labels: {},
    predefined: false,
    cursor: null,
    ...given,
  };
}

/** Subnets the local networks of a machine already use (the pools must avoid them). */
export function localSubnetsOn(w: Pick<WorldView, 'networks'>, machine: string): string[] {
  return Object.values(w.networks).flatMap((n) => (n.machine === machine && n.ipam ? [n.ipam.subnet] : []));
}
