import type { Change } from './changes';
import { checkInvariants, type Violation } from './invariants';
import type { World } from './world';

/** Thrown in development builds and tests when a change leaves the world breaking an invariant. */
export class InvariantError extends Error {
  constructor(readonly violations: readonly Violation[], readonly after: string) {
    super(`world invariants broken after ${after}: ${violations.map((v) => `${v.code} [${v.ids.join(', ')}]`).join('; ')}`);
    this.name = 'InvariantError';
  }
}

/** Throws an InvariantError when `world` breaks an invariant; `after` names what was just applied. */
export function assertInvariants(world: World, after: Change['type'] | string): void {
  const broken = checkInvariants(world);
  if (broken.length > 0) throw new InvariantError(broken, after);
}
