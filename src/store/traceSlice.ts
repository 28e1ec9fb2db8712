import type { StateCreator } from 'zustand';
import type { PacketKind, Trace } from '../sim/traffic/trace';
import type { Playground } from './playground';

/** Where the packet stepper is: indexes into traces, a trace's packets, and a packet's hops. */
export interface StepCursor {
  readonly trace: number;
  readonly packet: number;
  readonly hop: number;
}

/** Which events the stepper lists; 'all' lets everything through. */
export interface StepFilters {
  readonly protocol: PacketKind | 'all';
  /** A network name. */
  readonly network: string;
  /** A machine name. */
  readonly node: string;
  readonly outcome: 'delivered' | 'dropped' | 'all';
}

export const NO_FILTERS: StepFilters = { protocol: 'all', network: 'all', node: 'all', outcome: 'all' };

/** Playback speeds, as multiples of one event per second. */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

export interface TraceSlice {
  /** Packet traces of the commands typed since the scenario loaded, oldest first. */
  readonly traces: readonly Trace[];
  /** The stepper's position; set to the first hop of each new trace. */
  readonly cursor: StepCursor | null;
  readonly filters: StepFilters;
  /** Whether the stepper advances by itself (a UI timer calls stepTo while this is true). */
  readonly playing: boolean;
  readonly speed: Speed;
  readonly stepTo: (cursor: StepCursor | null) => void;
  /** Changes some filters, keeping the others. */
  readonly setFilters: (change: Partial<StepFilters>) => void;
  readonly setPlaying: (playing: boolean) => void;
  readonly setSpeed: (speed: Speed) => void;
}

export const createTraceSlice: StateCreator<Playground, [], [], TraceSlice> = (set) => ({
  traces: [],
  cursor: null,
  filters: NO_FILTERS,
  playing: false,
  speed: 1,
  stepTo: (cursor) => set({ cursor }),
  setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
});

export const selectFilters = (s: Playground) => s.filters;
export const selectPlaying = (s: Playground) => s.playing;
export const selectSpeed = (s: Playground) => s.speed;
/** The stepper's actions (stable identities; pick with useShallow). */
export const selectStepperActions = (s: Playground) => ({
  stepTo: s.stepTo,
  setFilters: s.setFilters,
  setPlaying: s.setPlaying,
  setSpeed: s.setSpeed,
});
