import type { Hop, HopAction, Trace } from '../../sim/traffic/trace';
import type { World } from '../../sim/world';
import type { Playground } from '../../store/playground';
import type { StepCursor } from '../../store/traceSlice';
import { elementId } from './ids';
import { placeElement } from './placeElement';

/** How the packet looks at a hop: bare, being wrapped in VXLAN, wrapped, or being unwrapped. */
export type Wrap = 'bare' | 'wrap' | 'wrapped' | 'unwrap';

/** What the map needs to draw the packet at the cursor's hop (primitives only, so a shallow compare is enough). */
export interface MarkerHop {
  readonly action: HopAction;
  /** The canvas element the packet is at ('' when it is off the map). */
  readonly at: string;
  /** On the wire (underlay or internet transit): the element the packet travels to; '' otherwise. */
  readonly towards: string;
  readonly wrap: Wrap;
  /** The VXLAN envelope while wrapped: VNI and outer addresses (0 and '' when bare). */
  readonly vni: number;
  readonly outerSrc: string;
  readonly outerDst: string;
}

const WIRE: readonly HopAction[] = ['underlay-transit'];
const SEALED: readonly HopAction[] = ['esp-encrypt', 'esp-decrypt', 'underlay-transit'];

/** The element a hop travels to: the next hop's machine (or the laptop / the internet). */
function destination(w: World, next: Hop | undefined): string {
  if (!next) return '';
  if (next.at.kind === 'laptop' || next.at.kind === 'internet') return elementId({ kind: next.at.kind });
  return placeElement(w, { kind: 'host', machine: next.at.machine, iface: '' }) ?? '';
}

/** The packet at cursor `c`: where it is, where it is going on the wire, and whether it travels wrapped. */
export function markerHop(w: World, traces: readonly Trace[], c: StepCursor | null): MarkerHop | null {
  const hops = c ? traces[c.trace]?.packets[c.packet]?.hops : undefined;
  const hop = c ? hops?.[c.hop] : undefined;
  if (!c || !hops || !hop) return null;
  let envelope: { vni: number; src: string; dst: string } | null = null;
  for (const h of hops.slice(0, c.hop)) {
    if (h.action === 'vxlan-encap') envelope = { vni: Number(h.why.params.vni), src: String(h.why.params.src), dst: String(h.why.params.dst) };
    if (h.action === 'vxlan-decap') envelope = null;
  }
  if (hop.action === 'vxlan-encap') envelope = { vni: Number(hop.why.params.vni), src: String(hop.why.params.src), dst: String(hop.why.params.dst) };
  const wrap: Wrap = hop.action === 'vxlan-encap' ? 'wrap' : hop.action === 'vxlan-decap' ? 'unwrap' : envelope && SEALED.includes(hop.action) ? 'wrapped' : 'bare';
  const shown = wrap === 'bare' ? null : envelope;
  return {
    action: hop.action,
    at: placeElement(w, hop.at) ?? '',
    towards: WIRE.includes(hop.action) ? destination(w, hops[c.hop + 1]) : '',
    wrap,
    vni: shown?.vni ?? 0,
    outerSrc: shown?.src ?? '',
    outerDst: shown?.dst ?? '',
  };
}

/** The store's cursor as a MarkerHop (pick it with useShallow). */
export const selectMarkerHop = (s: Playground): MarkerHop | null => markerHop(s.world, s.traces, s.cursor);
