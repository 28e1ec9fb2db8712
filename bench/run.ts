/**
 * Benchmarks (`npm run bench`): prints figures; nothing here asserts timings.
 * Targets (issue notes): 100-node swarm + 10 overlays + 1,000 replicas built and 10,000 names resolved < 1 s;
 * one command on three-node < 1 ms median; a 200-line script replays < 1 s; a 10,000-command session keeps
 * the same time per 1,000 commands and about the same heap from start to end.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { bigSwarm } from './bigSwarm';
import { sections } from './sections';

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const build = time(() => bigSwarm(100, 10, 10, 1000));
console.log(`build 100 nodes, 10 overlays, 1,000 replicas: ${build.ms.toFixed(1)} ms (${Object.keys(build.value.tasks).length} tasks)`);
for (const section of sections) section({ world: build.value, buildMs: build.ms, time, median });
// The browser figures (build, vite preview on port 4185, headless Chromium) run in their own process.
if (!process.argv.includes('--no-browser')) spawnSync('npx', ['tsx', 'bench/browser/run.ts'], { stdio: 'inherit' });
