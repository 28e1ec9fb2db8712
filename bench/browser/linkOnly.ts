/**
 * Only the two cold-load measurements (`npx tsx bench/browser/linkOnly.ts [--no-build] [--runs=N] [--ab=DIR]`):
 * the seed walkthrough's share link and the plain three-node page, each opened cold until interactive (map
 * shows the nodes, terminal has its input and prompt), alternating. With `--ab=DIR` a second build in DIR
 * (not rebuilt) is served on the next port and every load is made of both builds in turn (A, B, A, B...),
 * so a busy machine slows both alike. Besides the wall clock, each load's main-thread time until
 * interactive is printed: Chromium's own counters (script, style and layout, all tasks: wall time, which
 * other processes on a busy machine inflate) and the main thread's CPU time in its tasks (from a trace).
 */
import type { Browser } from '@playwright/test';
import { openInteractive } from './interactive';
import { median } from './median';
import { BASE_URL, build, freshContext, launch, OUT_DIR, PORT, serve, stop } from './server';
import { seedLink } from './sessionBench';

interface Load {
  /** Interactive, ms since navigation start. */
  readonly at: number;
  /** Main-thread time until then, ms: JS, style + layout, every task. */
  readonly script: number;
  readonly layout: number;
  readonly task: number;
  /** The main thread's CPU time in tasks from navigation to interactive, ms. */
  readonly cpu: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly data?: { readonly documentLoaderURL?: string } };
}

/** CPU time of the page's main thread in tasks from its navigation to `at` ms after it. */
function mainThreadCpu(events: readonly TraceEvent[], base: string, at: number): number {
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(base));
  if (!nav) return Number.NaN;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts && e.ts < nav.ts + at * 1000);
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const at = await openInteractive(page, '', 3, url);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  await context.close();
  const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? Number.NaN) * 1000;
  return { at, script: m('ScriptDuration'), layout: m('LayoutDuration') + m('RecalcStyleDuration'), task: m('TaskDuration'), cpu: mainThreadCpu(events, new URL(url).origin, at) };
}

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 9);
const other = process.argv.find((a) => a.startsWith('--ab='))?.slice(5);
if (!process.argv.includes('--no-build')) build();
const builds = [{ name: OUT_DIR, base: BASE_URL, server: await serve() }];
if (other) builds.push({ name: other, base: `http://127.0.0.1:${PORT + 1}`, server: await serve(PORT + 1, other) });
const browser = await launch();
const link = seedLink().replace(BASE_URL, '');
const pages = [
  { name: 'share link of the seed walkthrough', path: link },
  { name: 'three-node page', path: '/?scenario=three-node&lang=en' },
];
const results = new Map<string, Load[]>();
try {
  // One load of each to warm the browser (its first load also pays for its own start-up); not counted.
  for (const b of builds) await load(browser, `${b.base}${pages[1]?.path}`);
  for (let i = 0; i < runs; i++) {
    for (const p of pages) {
      // Alternate which build goes first, so neither always follows the same one.
      for (const b of i % 2 === 0 ? builds : [...builds].reverse()) {
        const key = `${p.name} | ${b.name}`;
        results.set(key, [...(results.get(key) ?? []), await load(browser, `${b.base}${p.path}`)]);
      }
    }
  }
  const ms = (xs: readonly number[]) => `${median(xs).toFixed(0).padStart(5)} ms`;
  for (const [key, loads] of results) {
    console.log(
      `${key}: interactive median ${ms(loads.map((l) => l.at))} [${loads.map((l) => l.at.toFixed(0)).join(', ')}]; ` +
        `main thread until then: script ${ms(loads.map((l) => l.script))}, style+layout ${ms(loads.map((l) => l.layout))}, all tasks ${ms(loads.map((l) => l.task))}; CPU ${ms(loads.map((l) => l.cpu))} [${loads.map((l) => l.cpu.toFixed(0)).join(', ')}]`,
    );
  }
} finally {
  await browser.close();
  for (const b of builds) stop(b.server);
}
