import { profiles } from '../../sim/profile';
import type { Hop, PacketTrace, Place, Trace } from '../../sim/traffic/trace';
import type { World } from '../../sim/world';
import type { StepCursor } from '../../store/traceSlice';
import { elementId } from '../canvas/ids';

export interface Step {
  readonly trace: Trace;
  readonly packet: PacketTrace;
  readonly hop: Hop;
  /** 0-based position among the trace's hops, and how many there are. */
  readonly index: number;
  readonly total: number;
}

/** The hop under the cursor, or null when the cursor points nowhere. */
export function stepAt(traces: readonly Trace[], c: StepCursor | null): Step | null {
  if (!c) return null;
  const trace = traces[c.trace];
  const packet = trace?.packets[c.packet];
  const hop = packet?.hops[c.hop];
  if (!trace || !packet || !hop) return null;
  const before = trace.packets.slice(0, c.packet).reduce((n, p) => n + p.hops.length, 0);
  return { trace, packet, hop, index: before + c.hop, total: trace.packets.reduce((n, p) => n + p.hops.length, 0) };
}

/** The cursor `delta` hops away within the same trace, clamped to its first and last hop. */
export function move(traces: readonly Trace[], c: StepCursor, delta: number): StepCursor {
  const trace = traces[c.trace];
  if (!trace) return c;
  const all: StepCursor[] = trace.packets.flatMap((p, packet) => p.hops.map((_, hop) => ({ trace: c.trace, packet, hop })));
  const here = all.findIndex((s) => s.packet === c.packet && s.hop === c.hop);
  return all[Math.max(0, Math.min(all.length - 1, here + delta))] ?? c;
}

/** The canvas element where a packet is: its container, sandbox, a node's overlay namespace, or the machine (null off the map). */
export function placeElement(w: World, at: Place): string | null {
  if (!w.machines.some((m) => m.name === at.machine)) return null;
  const ns = at.namespace;
  if (ns.startsWith('container:')) {
    const prefix = ns.slice('container:'.length);
    const c = Object.values(w.containers).find((x) => x.id.startsWith(prefix));
    return c ? elementId({ kind: 'container', container: c.id }) : elementId({ kind: 'host', machine: at.machine });
  }
  if (ns === 'ingress_sbox') return elementId({ kind: 'sbox', machine: at.machine });
  const lbKey = profiles[w.profile].lbEndpointKey;
  const byName = (name: string) => Object.values(w.networks).find((n) => n.name === name && n.scope === 'swarm');
  const lb = Object.values(w.networks).find((n) => n.scope === 'swarm' && lbKey(n.name) === ns);
  if (lb) return elementId({ kind: 'lb', machine: at.machine, network: lb.id });
  if (ns.startsWith('overlay:')) {
    const n = byName(ns.slice('overlay:'.length));
    return n ? elementId({ kind: 'ns', machine: at.machine, network: n.id }) : elementId({ kind: 'host', machine: at.machine });
  }
  return elementId({ kind: 'host', machine: at.machine });
}
