import type { Hop, HopAction, PacketTrace } from '../../sim/traffic/trace';
import type { LessonView } from '../lesson';
import { allHops } from './traceFacts';

const ETHERNET = 14;

/** The packet the stepper shows, or null. */
export function packetAtCursor(v: LessonView): PacketTrace | null {
  const c = v.cursor;
  return c ? v.traces[c.trace]?.packets[c.packet] ?? null : null;
}

/** The hop the stepper stands on when it is on a ping's echo request (ICMP) doing `action`; else null. */
function pingRequestHopAtCursor(v: LessonView, action: HopAction): Hop | null {
  const c = v.cursor;
  const packet = packetAtCursor(v);
  const hop = c ? packet?.hops[c.hop] : undefined;
  return hop && packet?.kind === 'icmp' && packet.direction === 'request' && hop.action === action ? hop : null;
}

/** The hop the stepper stands on when it is where vxlan0 wraps a ping's echo request in VXLAN with this VNI; else null. */
export function pingEncapAtCursor(v: LessonView, vni: number): Hop | null {
  const hop = pingRequestHopAtCursor(v, 'vxlan-encap');
  return hop && hop.why.params.vni === vni ? hop : null;
}

/** The hop the stepper stands on when it is where IPsec encrypts a ping's echo request into ESP; else null. */
export function pingEspAtCursor(v: LessonView): Hop | null {
  return pingRequestHopAtCursor(v, 'esp-encrypt');
}

/** The IPv4 total length of an Ethernet frame's packet (0 when the frame is too short). */
export function ipLength(frame: Uint8Array): number {
  return frame.length < ETHERNET + 4 ? 0 : ((frame[ETHERNET + 2] ?? 0) << 8) | (frame[ETHERNET + 3] ?? 0);
}

/** An IPv4 address in an Ethernet frame's packet: its source (`at` 12) or destination (`at` 16). */
export function ipAddress(frame: Uint8Array, at: 12 | 16): string {
  return frame.length < ETHERNET + at + 4 ? '' : Array.from(frame.subarray(ETHERNET + at, ETHERNET + at + 4)).join('.');
}

/** The outer UDP source port of a VXLAN frame (after the outer Ethernet and IPv4 headers). */
export function outerSourcePort(frame: Uint8Array): number {
  const at = ETHERNET + 20;
  return frame.length < at + 2 ? 0 : ((frame[at] ?? 0) << 8) | (frame[at + 1] ?? 0);
}

/** The largest inner IPv4 packet (in bytes) that vxlan0 wrapped with this VNI, or 0. */
export function largestWrapped(v: LessonView, vni: number): number {
  return Math.max(0, ...allHops(v).filter((h) => h.action === 'vxlan-encap' && h.why.params.vni === vni).map((h) => ipLength(h.before)));
}
