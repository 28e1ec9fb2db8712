/**
 * Where the time of opening the seed walkthrough's share link goes: a CPU profile from navigation to
 * interactive, mapped through the build's source maps, summed by function (self and inclusive), printed.
 * Run: npx tsx bench/browser/profileLink.ts [--no-build] [--three-node] [--runs=N]
 * (builds with source maps into BENCH_DIST, dist-bench by default).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { openInteractive } from './interactive';
import { BASE_URL, freshContext, launch, OUT_DIR, serve, stop } from './server';
import { seedLink } from './sessionBench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const threeNode = process.argv.includes('--three-node');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn', '--sourcemap'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}

const maps = new Map<string, TraceMap | null>();
function mapOf(url: string): TraceMap | null {
  if (!maps.has(url)) {
    const file = `${OUT_DIR}${new URL(url).pathname}.map`;
    maps.set(url, url.startsWith(BASE_URL) && existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(url) ?? null;
}

/** A frame's name as written in the source: `file:function`. */
function nameOf(n: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  if (!url) return functionName || '(anonymous)';
  const map = mapOf(url);
  if (!map) return `${functionName || '(anonymous)'} ${url.split('/').pop()}`;
  const at = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
  const file = (at.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
  return `${file}:${at.line} ${functionName || at.name || '(anonymous)'}`;
}

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const files = new Map<string, number>();
let total = 0;
const link = seedLink();
const server = await serve();
const browser = await launch();
try {
  for (let run = 0; run < runs; run++) {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const at = await openInteractive(page, 'three-node', 3, threeNode ? undefined : link);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    console.log(`run ${run + 1}: interactive at ${at.toFixed(0)} ms`);
    await context.close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const names = new Map(profile.nodes.map((n) => [n.id, nameOf(n)]));
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i] ?? 0) / runs;
      const name = names.get(id) ?? '?';
      if (name === '(idle)') return;
      total += dt;
      self.set(name, (self.get(name) ?? 0) + dt);
      const file = name.split(':')[0] ?? name;
      files.set(file, (files.get(file) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined && byId.has(n); n = parent.get(n)) {
        const key = names.get(n) ?? '?';
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      }
    });
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`).join('\n');
  console.log(`busy (not idle), mean per load: ${(total / 1000).toFixed(0)} ms`);
  console.log(`\nself time by function:\n${top(self, 40)}`);
  console.log(`\nself time by file:\n${top(files, 30)}`);
  console.log(`\ninclusive time by function:\n${top(inclusive, 70)}`);
} finally {
  await browser.close();
  stop(server);
}
