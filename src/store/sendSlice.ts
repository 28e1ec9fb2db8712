import type { StateCreator } from 'zustand';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import type { Playground } from './playground';

/** What sending a packet from the dialog did (decided purely in src/ui/send). */
export interface SendOutcome {
  readonly world: World;
  readonly traces: readonly Trace[];
  /** The command line with its prompt and output, as the terminal shows it; '' when no command ran. */
  readonly shown: string;
}

export interface SendSlice {
  /** Keeps a sent packet: the new world, its traces (the stepper opens the first), the terminal lines. */
  readonly recordSend: (o: SendOutcome) => void;
}

export const createSendSlice: StateCreator<Playground, [], [], SendSlice> = (set, get) => ({
  recordSend: (o) => {
    const s = get();
    set({
      world: o.world,
      // A running command owns the screen; the sent line is not printed into its output.
      ...(s.running ? {} : { transcript: s.transcript + o.shown }),
      ...(o.traces.length > 0 ? { traces: [...s.traces, ...o.traces], cursor: { trace: s.traces.length, packet: 0, hop: 0 } } : {}),
    });
  },
});
