import { dnsBench } from './dnsBench';
import { fuzzBench } from './fuzzBench';
import { longLineBench } from './longLineBench';
import { longSessionBench } from './longSession';
import { replicasBench } from './replicasBench';
import { shellBench } from './shellBench';
import { trafficBench } from './trafficBench';
import type { World } from '../src/sim/world';

export interface BenchContext {
  readonly world: World;
  readonly buildMs: number;
  readonly time: <T>(fn: () => T) => { ms: number; value: T };
  readonly median: (xs: number[]) => number;
}

/** Each benchmark section prints its own figures. */
export const sections: ((ctx: BenchContext) => void)[] = [dnsBench, shellBench, replicasBench, trafficBench, longSessionBench, longLineBench, fuzzBench];
