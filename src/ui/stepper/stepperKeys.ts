/** What the stepper does with a key press. */
export type KeyCommand = 'next' | 'prev' | 'toggle';

/** The parts of a keydown event (and its target) that decide whether the stepper takes it. */
export interface KeyPress {
  readonly key: string;
  readonly modifier: boolean;
  /** Lower-case tag name of the focused element, e.g. 'textarea', 'button', 'body'. */
  readonly tag: string;
  readonly editable: boolean;
  /** Focus is inside the terminal (xterm's helper textarea or anything in the terminal panel). */
  readonly inTerminal: boolean;
}

const typing = new Set(['input', 'textarea', 'select']);
// These already act on Space themselves.
const pressable = new Set(['button', 'a', 'summary']);

/** ArrowRight/ArrowLeft (and a presenter's PageDown/PageUp) step and Space plays or pauses, unless focus is in the terminal or a text field. */
export function keyCommand(k: KeyPress): KeyCommand | null {
  if (k.modifier || k.inTerminal || k.editable || typing.has(k.tag)) return null;
  // PageDown/PageUp: what a presenter's remote sends.
  if (k.key === 'ArrowRight' || k.key === 'PageDown') return 'next';
  if (k.key === 'ArrowLeft' || k.key === 'PageUp') return 'prev';
  if (k.key === ' ' && !pressable.has(k.tag)) return 'toggle';
  return null;
}
