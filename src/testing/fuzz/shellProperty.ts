import fc from 'fast-check';
import { typedLine } from './commandLines';
import type { StartingPoint } from './startingPoints';
import { typeLine } from './typeLine';

export interface ShellFuzzOptions {
  /** Longest token a mutation repeats up to (characters). */
  readonly maxLong: number;
  /** Deepest `$(` nesting a mutation makes. */
  readonly maxNest: number;
  /** A line slower than this fails the property (generous: a bound, not a benchmark). */
  readonly boundMs: number;
  readonly maxLines: number;
}

/** Lines typed one after another into one starting point's shell; each must pass typeLine's checks. */
export function shellProperty(points: readonly StartingPoint[], options: ShellFuzzOptions) {
  const line = (kind: StartingPoint['kind']) =>
    fc.oneof(
      { weight: 6, arbitrary: typedLine(kind, options) },
      { weight: 1, arbitrary: typedLine(kind === 'laptop' ? 'node' : 'laptop', options) },
      { weight: 1, arbitrary: typedLine(kind === 'container' ? 'node' : 'container', options) },
    );
  const scenario = fc.nat({ max: points.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.array(line((points[i] as StartingPoint).kind), { minLength: 1, maxLength: options.maxLines })));
  return fc.property(scenario, ([i, lines]) => {
    const start = points[i] as StartingPoint;
    let world = start.world;
    let session = start.session;
    for (const l of lines) ({ world, session } = typeLine(world, session, l, options.boundMs));
    // Whatever came before, the shell still answers.
    const after = typeLine(world, { ...session, pending: '' }, 'echo still-here', options.boundMs);
    if (!after.output.endsWith('still-here\n')) throw new Error(`the shell stopped answering after ${JSON.stringify(lines)}: ${JSON.stringify(after.output)}`);
  });
}
