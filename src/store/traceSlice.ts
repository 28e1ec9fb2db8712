import type { StateCreator } from 'zustand';
import type { Trace } from '../sim/traffic/trace';
import type { Playground } from './playground';

/** Where the packet stepper is: indexes into traces, a trace's packets, and a packet's hops. */
export interface StepCursor {
  readonly trace: number;
  readonly packet: number;
  readonly hop: number;
}

export interface TraceSlice {
  /** Packet traces of the commands typed since the scenario loaded, oldest first. */
  readonly traces: readonly Trace[];
  /** The stepper's position; set to the first hop of each new trace. */
  readonly cursor: StepCursor | null;
  readonly stepTo: (cursor: StepCursor | null) => void;
}

/** Whether a value the shell reported is a Trace (the shell types them as unknown). */
export function isTrace(v: unknown): v is Trace {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.command === 'string' && typeof r.startMs === 'number' && Array.isArray(r.packets);
}

export const createTraceSlice: StateCreator<Playground, [], [], TraceSlice> = (set) => ({
  traces: [],
  cursor: null,
  stepTo: (cursor) => set({ cursor }),
});
