import type { Hop, PacketTrace, Trace } from '../../sim/traffic/trace';
import type { StepCursor } from '../../store/traceSlice';

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
