import type { StateCreator } from 'zustand';
import type { Trace } from '../sim/traffic/trace';
import type { Playground } from './playground';

export interface TraceSlice {
  /** Packet traces of the commands typed since the scenario loaded, oldest first. */
  readonly traces: readonly Trace[];
}

/** Whether a value the shell reported is a Trace (the shell types them as unknown). */
export function isTrace(v: unknown): v is Trace {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.command === 'string' && typeof r.startMs === 'number' && Array.isArray(r.packets);
}

export const createTraceSlice: StateCreator<Playground, [], [], TraceSlice> = () => ({ traces: [] });
