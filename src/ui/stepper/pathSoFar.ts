import type { Trace } from '../../sim/traffic/trace';
import type { World } from '../../sim/world';
import type { Playground } from '../../store/playground';
import type { StepCursor } from '../../store/traceSlice';
import { placeElement } from '../canvas/placeElement';

/**
 * Canvas elements the cursor's packet has visited up to and including the cursor's hop, in order,
 * without repeating an element twice in a row (places off the map are left out).
 */
export function pathSoFar(w: World, traces: readonly Trace[], c: StepCursor | null): string[] {
  const hops = c ? (traces[c.trace]?.packets[c.packet]?.hops ?? []) : [];
  const path: string[] = [];
  for (const h of hops.slice(0, (c?.hop ?? -1) + 1)) {
    const id = placeElement(w, h.at);
    if (id !== null && path[path.length - 1] !== id) path.push(id);
  }
  return path;
}

/** The path so far as one space-separated string (a primitive, so subscribers re-render only when it changes). */
export function selectPathSoFar(s: Playground): string {
  return pathSoFar(s.world, s.traces, s.cursor).join(' ');
}
