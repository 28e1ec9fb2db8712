import fc from 'fast-check';
import { typedLine } from '../src/testing/fuzz/commandLines';
import { startingPoints } from '../src/testing/fuzz/startingPoints';
import { typeLine } from '../src/testing/fuzz/typeLine';
import type { BenchContext } from './sections';

/** Time per fuzzed line in each kind of shell (median and worst), and for long lines of 10 kB, 100 kB and 1 MB. */
export function fuzzBench({ median }: BenchContext): void {
  const points = startingPoints(['three-node']);
  for (const kind of ['laptop', 'node', 'container'] as const) {
    const point = points.find((p) => p.kind === kind);
    if (!point) continue;
    const times: number[] = [];
    let { world, session } = point;
    for (const line of fc.sample(typedLine(kind, { maxLong: 5_000, maxNest: 50 }), { numRuns: 500, seed: 1 })) {
      const r = typeLine(world, { ...session, pending: '' }, line, Infinity);
      times.push(r.ms);
      ({ world, session } = r);
    }
    console.log(`fuzz, ${kind} shell: 500 generated lines, median ${median(times).toFixed(2)} ms, worst ${Math.max(...times).toFixed(1)} ms`);
  }
  const node = points.find((p) => p.kind === 'node');
  if (!node) return;
  for (const size of [10_000, 100_000, 1_000_000]) {
    const ms = (line: string) => typeLine(node.world, node.session, line, Infinity).ms.toFixed(0);
    console.log(`fuzz, a ${size / 1000} kB line: one word ${ms('x'.repeat(size))} ms, echo of words ${ms(`echo ${'ab '.repeat(size / 3)}`)} ms, quoted ${ms(`echo '${'y'.repeat(size)}'`)} ms`);
  }
}
