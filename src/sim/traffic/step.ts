import { encodeFrame, type Frame, type Underlay, type WireFrame } from '../packet/frame';
import type { EspHeader } from '../packet/esp';
import type { Explanation, Hop, HopAction, PacketKind, PacketTrace, Place } from './trace';

/** How a frame is wrapped while it crosses the underlay. */
export type Encap =
  | { readonly kind: 'vxlan'; readonly outer: Underlay; readonly vni: number }
  | { readonly kind: 'esp'; readonly outer: Underlay; readonly vni: number; readonly esp: EspHeader };

/**
 * One decided move of a packet, independent of its payload: rendering a list of steps against a frame
 * gives the hops. `rewrite` changes the inner frame (NAT, MAC rewrite); `encap` wraps it (an Encap), or
 * unwraps it (null).
 */
export interface Step {
  readonly at: Place;
  readonly action: HopAction;
  readonly why: Explanation;
  readonly rule: string;
  /** Microseconds this hop takes. */
  readonly dtUs: number;
  readonly rewrite?: (f: Frame) => Frame;
  readonly encap?: Encap | null;
}

/** A step with no parameters object noise at call sites. */
export function step(at: Place, action: HopAction, key: string, params: Explanation['params'] = {}, rule = '', dtUs = 0, more: Partial<Step> = {}): Step {
  return { at, action, why: { key, params }, rule, dtUs, ...more };
}

/** The underlay headers of the `ordinal`-th packet on a pair: its IPv4 Identification counts on from the base. */
function numbered(outer: Underlay, ordinal: number): Underlay {
  return ordinal === 0 ? outer : { ...outer, ip: { ...outer.ip, id: ((outer.ip.id ?? 0) + ordinal) % 0x10000 } };
}

function wire(frame: Frame, encap: Encap | null, ordinal: number): WireFrame {
  if (!encap) return frame;
  const outer = numbered(encap.outer, ordinal);
  if (encap.kind === 'vxlan') return { encap: 'vxlan', outer, vni: encap.vni, inner: frame };
  return { encap: 'esp', outer, vni: encap.vni, esp: encap.esp, inner: frame };
}

/** The result of rendering: the hops, the frame as it arrived, and the time when it arrived. */
export interface Rendered {
  readonly hops: Hop[];
  readonly frame: Frame;
  readonly endUs: number;
}

/**
 * Plays steps against a frame starting at `startUs`. `packetId` is the packet's number in its trace: every
 * exchange sends one packet each way, so half of it counts the packets that went before on the same pair of
 * nodes (the outer IPv4 Identification adds it).
 */
export function render(steps: readonly Step[], frame: Frame, startUs: number, packetId = 0): Rendered {
  const ordinal = Math.floor(packetId / 2);
  const hops: Hop[] = [];
  let current = frame;
  let encap: Encap | null = null;
  let t = startUs;
  // The bytes of the frame as it stands; a hop that changes nothing passes the same bytes on.
  let bytes: Uint8Array | null = null;
  for (const s of steps) {
    const before: Uint8Array = bytes ?? encodeFrame(wire(current, encap, ordinal));
    if (s.rewrite) current = s.rewrite(current);
    if (s.encap !== undefined) encap = s.encap;
    const changed = s.rewrite !== undefined || s.encap !== undefined;
    const after = changed ? encodeFrame(wire(current, encap, ordinal)) : before;
    bytes = after;
    t += s.dtUs;
    hops.push({ at: s.at, action: s.action, why: s.why, rule: s.rule, before, after, timeUs: t });
  }
  return { hops, frame: current, endUs: t };
}

/** Wraps rendered hops as one packet's trace. */
export function packetTrace(id: number, kind: PacketKind, direction: 'request' | 'reply', summary: Explanation, r: Rendered): PacketTrace {
  const last = r.hops[r.hops.length - 1];
  return { id, kind, direction, summary, hops: r.hops, outcome: last?.action === 'drop' ? 'dropped' : 'delivered' };
}

/** Frame rewrites used by NAT and L2 steps. */
export const setSrc = (ip: string, port?: number) => (f: Frame): Frame => withL4Port({ ...f, ip: { ...f.ip, src: ip } } as Frame, 'srcPort', port);
export const setDst = (ip: string, port?: number) => (f: Frame): Frame => withL4Port({ ...f, ip: { ...f.ip, dst: ip } } as Frame, 'dstPort', port);
export const setMacs = (src: string, dst: string) => (f: Frame): Frame => ({ ...f, eth: { src, dst } }) as Frame;
export const decTtl = (f: Frame): Frame => ({ ...f, ip: { ...f.ip, ttl: (f.ip.ttl ?? 64) - 1 } }) as Frame;
/** Composes rewrites left to right. */
export const both = (...fs: ((f: Frame) => Frame)[]) => (f: Frame): Frame => fs.reduce((acc, g) => g(acc), f);

function withL4Port(f: Frame, field: 'srcPort' | 'dstPort', port: number | undefined): Frame {
  if (port === undefined || f.l4.kind === 'icmp') return f;
  return { ...f, l4: { ...f.l4, [field]: port } } as Frame;
}
