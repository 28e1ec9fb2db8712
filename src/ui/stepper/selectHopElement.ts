import type { Playground } from '../../store/playground';
import { placeElement, stepAt } from './stepperModel';

/** The canvas element id where the stepper's current packet is (a string, so no shallow compare is needed). */
export function selectHopElement(s: Playground): string | null {
  const step = stepAt(s.traces, s.cursor);
  return step ? placeElement(s.world, step.hop.at) : null;
}
