import type { HopAction, Trace } from '../../sim/traffic/trace';
import type { LessonView } from '../lesson';

/** The stepper cursor on the first hop doing `action` in the last trace (what the stepper opens), or null: for tests. */
export function cursorAt(action: HopAction) {
  return (traces: readonly Trace[]): LessonView['cursor'] => {
    const trace = traces.length - 1;
    const packets = traces[trace]?.packets ?? [];
    for (let packet = 0; packet < packets.length; packet += 1) {
      const hop = packets[packet]!.hops.findIndex((h) => h.action === action);
      if (hop >= 0) return { trace, packet, hop };
    }
    return null;
  };
}
