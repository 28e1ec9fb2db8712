import type { Hop } from '../../../sim/traffic/trace';

/** A frame as one node interface sees it: where, which way, and the bytes on the wire. */
export interface Sighting {
  readonly machine: string;
  readonly iface: string;
  readonly direction: 'In' | 'Out';
  readonly bytes: Uint8Array;
}

/**
 * Which host interfaces of which node see a hop's frame (the only place hop places are read for
 * capturing on a node). A hop in a node's host namespace is the frame leaving through that interface;
 * VXLAN decapsulation on a node means the outer frame first came in on its underlay NIC (eth1).
 */
export function hopInterface(hop: Hop): Sighting[] {
  const { machine, iface } = hop.at;
  if (hop.at.kind === 'host' && iface !== '') {
    return [{ machine, iface, direction: 'Out', bytes: hop.after }];
  }
  if ((hop.action === 'vxlan-decap' || hop.action === 'esp-decrypt') && hop.before !== hop.after && hop.before.length > hop.after.length) {
    return [{ machine, iface: 'eth1', direction: 'In', bytes: hop.before }];
  }
  return [];
}
