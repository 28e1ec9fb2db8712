/**
 * The main thread of a cold load, task by task, from a Chromium trace: each long task until interactive with
 * its wall and CPU time (thread time, which a busy machine does not inflate) and what ran in it, then the
 * CPU time summed by kind (script, compile, style, layout, paint...). Run:
 * npx tsx bench/browser/traceLink.ts [--three-node] [--runs=N] (serves BENCH_DIST as it is, no build).
 */
import { launch, freshContext, serve, stop, BASE_URL } from './server';
import { openInteractive } from './interactive';
import { seedLink } from './sessionBench';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const threeNode = process.argv.includes('--three-node');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

const server = await serve();
const browser = await launch();
const link = seedLink();
try {
  const sums = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await browser.startTracing(page, { categories });
    const at = await openInteractive(page, 'three-node', 3, threeNode ? `${BASE_URL}/?scenario=three-node&lang=en` : link);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${r.name.split('/').pop()?.slice(0, 40)} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`;
      }),
    );
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    await context.close();
    const threads = new Map<string, string>();
    for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    // The page's main thread, and its clock's zero: the navigation to our page.
    const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith(BASE_URL));
    const main = nav ? `${nav.pid}:${nav.tid}` : undefined;
    const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const zero = nav?.ts ?? 0;
    const end = zero + at * 1000;
    console.log(`run ${run + 1}: interactive at ${at.toFixed(0)} ms (time origin ${origin.toFixed(0)})`);
    console.log(`  loaded: ${resources.join(', ')}`);
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.ts < end);
    let cpu = 0;
    for (const task of tasks) {
      cpu += (task.tdur ?? 0) / 1000;
      const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0));
      if ((task.dur ?? 0) < 8000) continue;
      const what = inside
        .filter((e) => (e.dur ?? 0) > 2000 && /EvaluateScript|FunctionCall|v8.compileModule|v8.evaluateModule|Layout|UpdateLayoutTree|Paint|ParseHTML|TimerFire|FireAnimationFrame|RunMicrotasks|v8.parseOnBackground|ResizeObserver|EventDispatch|Commit|PrePaint|V8.GC|MajorGC|MinorGC|ParseAuthorStyleSheet|CompileCode|v8.compile/.test(e.name))
        .slice(0, 8)
        .map((e) => `${e.name}${(e.args?.data?.url as string | undefined)?.split('/').pop()?.replace(/^/, ' ') ?? ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName as string}` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`)
        .join(', ');
      console.log(`  ${((task.ts - zero) / 1000).toFixed(0).padStart(6)} ms  wall ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)}  cpu ${((task.tdur ?? 0) / 1000).toFixed(0).padStart(4)}  ${what}`);
    }
    console.log(`  main-thread CPU in tasks until interactive: ${cpu.toFixed(0)} ms`);
    // CPU by kind, self time: each event's thread time less that of its children of a counted kind.
    const kinds = /^(EvaluateScript|FunctionCall|v8.compile|v8.compileModule|v8.evaluateModule|Layout|UpdateLayoutTree|Paint|PrePaint|ParseHTML|ParseAuthorStyleSheet|V8.GC_SCAVENGER|MajorGC|MinorGC|RunMicrotasks|TimerFire|FireAnimationFrame|Commit|Layerize|HitTest|v8.run)$/;
    const counted = mine.filter((e) => kinds.test(e.name) && e.ts < end && e.tdur !== undefined);
    const stack: TraceEvent[] = [];
    const self = new Map<TraceEvent, number>();
    for (const e of counted) {
      while (stack.length && (stack[stack.length - 1] as TraceEvent).ts + ((stack[stack.length - 1] as TraceEvent).dur ?? 0) <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      self.set(e, (e.tdur ?? 0) / 1000);
      if (parent) self.set(parent, (self.get(parent) ?? 0) - (e.tdur ?? 0) / 1000);
      stack.push(e);
    }
    for (const [e, ms] of self) sums.set(e.name, (sums.get(e.name) ?? 0) + ms / runs);
    sums.set('(all tasks)', (sums.get('(all tasks)') ?? 0) + cpu / runs);
  }
  console.log('CPU by kind (self, mean per load):');
  for (const [k, ms] of [...sums].sort((a, b) => b[1] - a[1])) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${k}`);
} finally {
  await browser.close();
  stop(server);
}
