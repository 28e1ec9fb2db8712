import type { AptStyle } from './types';

/** The three lines every apt-get install starts with, as this apt prints them on a terminal. */
export function aptTree(style: AptStyle): string {
  const tree = style.tree === 'padded' ? 'Building dependency tree       ' : 'Building dependency tree... Done';
  return `Reading package lists... Done\n${tree}\nReading state information... Done\n`;
}
