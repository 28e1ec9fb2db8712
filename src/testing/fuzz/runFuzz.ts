/**
 * Long fuzz runs (`npm run fuzz -- [--runs N] [--seed S] [--long CHARS] [--nest DEPTH] [--big]`): every shell of
 * every built-in scenario (`--big` adds big-50), tokens repeated up to CHARS (1 MB by default) and
 * nested in `$(` up to DEPTH (1,000). On failure prints the seed, the path and the shrunk reproduction, and
 * exits 1; replay one with `--seed S --path P`.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { shellProperty } from './shellProperty';
import { startingPoints } from './startingPoints';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const runs = Number(arg('runs') ?? 2_000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const path = arg('path');
const maxLong = Number(arg('long') ?? 1_000_000);
const maxNest = Number(arg('nest') ?? 1_000);
const scenarios = process.argv.includes('--big') ? undefined : ['three-node', 'seed-2017', 'no-swarm'];

const t0 = performance.now();
const points = startingPoints(scenarios);
console.log(`fuzz: ${points.length} shells, ${runs} runs, seed ${seed}${path ? `, path ${path}` : ''}`);
const details = fc.check(shellProperty(points, { maxLong, maxNest, boundMs: 2_000, maxLines: 10 }), { numRuns: runs, seed, ...(path ? { path } : {}) });
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (!details.failed) {
  console.log(`fuzz: ${details.numRuns} runs passed in ${seconds} s`);
} else {
  console.log(`fuzz: FAILED after ${details.numRuns} runs (${seconds} s)`);
  console.log(`seed: ${details.seed}  path: ${details.counterexamplePath ?? ''}`);
  console.log(`reproduce: npm run fuzz -- --seed ${details.seed} --path ${details.counterexamplePath ?? ''} --long ${maxLong} --nest ${maxNest}${scenarios ? '' : ' --big'}`);
  const [[point, lines]] = (details.counterexample ?? [[0, []]]) as [[number, string[]]];
  console.log(`shell: ${points[point]?.name ?? point}`);
  for (const l of lines) console.log(`  typed: ${JSON.stringify(l.length > 300 ? `${l.slice(0, 300)}... (${l.length} characters)` : l)}`);
  console.log(String(details.errorInstance).split('\n').slice(0, 12).join('\n'));
  process.exitCode = 1;
}
