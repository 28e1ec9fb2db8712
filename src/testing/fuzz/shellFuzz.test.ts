import fc from 'fast-check';
import { describe, it } from 'vitest';
import { shellProperty } from './shellProperty';
import { startingPoints } from './startingPoints';

// big-50 is a benchmark world (500 tasks): its shells are fuzzed by `npm run fuzz`, not on every test run.
const points = startingPoints(['three-node', 'seed-2017', 'no-swarm']);

describe('typed lines in every shell of the built-in scenarios', () => {
  it('never throw, never print JavaScript, keep the world sound and finish in time', () => {
    fc.assert(shellProperty(points, { maxLong: 5_000, maxNest: 50, boundMs: 2_000, maxLines: 6 }), { numRuns: 400, seed: 20261204 });
  }, 120_000);
});
