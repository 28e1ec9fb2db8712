/** What the stepper does with a key press. */
export type KeyCommand = 'next' | 'prev' | 'toggle' | 'nextInteresting' | 'prevInteresting';

/** The parts of a keydown event (and its target) that decide whether the stepper takes it. */
export interface KeyPress {
  readonly key: string;
  /** Ctrl, Alt or Meta held. */
  readonly modifier: boolean;
  /** Shift held: the arrows jump to the next or previous interesting hop. */
  readonly shift?: boolean;
  /** Lower-case tag name of the focused element, e.g. 'textarea', 'button', 'body'. */
  readonly tag: string;
  readonly editable: boolean;
  /** Focus is inside the terminal (xterm's helper textarea or anything in the terminal panel). */
  readonly inTerminal: boolean;
}

const typing = new Set(['input', 'textarea', 'select']);
// These already act on Space themselves.
const pressable = new Set(['button', 'a', 'summary']);

/**
 * ArrowRight/ArrowLeft (and a presenter's PageDown/PageUp) step, Shift+ArrowRight/Shift+ArrowLeft jump to the
 * next/previous interesting hop, Space plays or pauses; unless focus is in the terminal or a text field.
 */
export function keyCommand(k: KeyPress): KeyCommand | null {
  if (k.modifier || k.inTerminal || k.editable || typing.has(k.tag)) return null;
  if (k.shift) return k.key === 'ArrowRight' ? 'nextInteresting' : k.key === 'ArrowLeft' ? 'prevInteresting' : null;
  // PageDown/PageUp: what a presenter's remote sends.
  if (k.key === 'ArrowRight' || k.key === 'PageDown') return 'next';
  if (k.key === 'ArrowLeft' || k.key === 'PageUp') return 'prev';
  if (k.key === ' ' && !pressable.has(k.tag)) return 'toggle';
  return null;
}
