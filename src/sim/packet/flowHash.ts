import { ipv4ToUint32 } from './address';

/** Linux's default ip_local_port_range, used for VXLAN source ports when no range is configured. */
export const EPHEMERAL_PORT_MIN = 32768;
export const EPHEMERAL_PORT_MAX = 60999;

/** The inner flow a VXLAN source port is derived from. Ports are 0 for ICMP. */
export interface FlowTuple {
  src: string;
  dst: string;
  protocol: number;
  srcPort?: number;
  dstPort?: number;
}

/** Deterministic 32-bit hash of a flow (the kernel uses a keyed hash; any stable mix keeps flows apart). */
export function flowHash(flow: FlowTuple): number {
  const words = [
    ipv4ToUint32(flow.src),
    ipv4ToUint32(flow.dst),
    (((flow.srcPort ?? 0) & 0xffff) << 16) | ((flow.dstPort ?? 0) & 0xffff),
    flow.protocol,
  ];
  let h = 0x5ee0_4789;
  for (const w of words) {
    h = Math.imul(h ^ w, 0x9e3779b1);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * VXLAN outer UDP source port for a flow, scaled into [min, max) like the kernel's udp_flow_src_port.
 * @example flowSourcePort({ src: '10.0.1.3', dst: '10.0.1.4', protocol: 1 }) // same flow, same port
 */
export function flowSourcePort(flow: FlowTuple, min = EPHEMERAL_PORT_MIN, max = EPHEMERAL_PORT_MAX): number {
  let h = flowHash(flow);
  // The kernel folds the low half into the high half: only the upper 16 bits pick the port.
  h = (h ^ (h << 16)) >>> 0;
  return Math.floor((h * (max - min)) / 0x1_0000_0000) + min;
}
