import { nodeOfMachine } from '../../../sim/lookup';
import type { World } from '../../../sim/world';

/** `self` means the node of the machine asking, as docker/cli resolves it (Reference in cli/command/node). */
export function nodeRef(w: World, machine: string, ref: string): string {
  return ref === 'self' ? (nodeOfMachine(w, machine)?.id ?? ref) : ref;
}
