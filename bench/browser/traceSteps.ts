/**
 * Where the main thread's time goes during big-50 steps with follow-camera: a Chrome trace of `count` steps,
 * summed by event name (self time of the top-level work: script, style, layout, paint...), printed per step.
 * Run: npx tsx bench/browser/traceSteps.ts [--no-build] [--throttle]
 */
import { openBig50Trace } from './big50Trace';
import { build, launch, serve, stop } from './server';
import { stepWithArrows } from './stepFrames';

interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; ts: number; cat: string }

const count = 30;
if (!process.argv.includes('--no-build')) build();
const server = await serve();
const browser = await launch();
try {
  const { context, page } = await openBig50Trace(browser);
  const cdp = await context.newCDPSession(page);
  if (process.argv.includes('--throttle')) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await stepWithArrows(page, 4);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await stepWithArrows(page, count);
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread: where the RunTask events with script in them run.
  const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript');
  const on = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  // Self time: each event's duration minus its direct children's (events nest by time on one thread).
  on.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const e of on) seen.set(e.name, (seen.get(e.name) ?? 0) + 1);
  const stack: { e: TraceEvent; end: number; kids: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= upTo) {
      const top = stack.pop() as { e: TraceEvent; end: number; kids: number };
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + (top.e.dur ?? 0) - top.kids);
      const parent = stack[stack.length - 1];
      if (parent) parent.kids += top.e.dur ?? 0;
    }
  };
  for (const e of on) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), kids: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(us / 1000 / count).toFixed(2).padStart(8)} ms/step  ${k} (${((seen.get(k) ?? 0) / count).toFixed(1)} a step)`);
  await context.close();
} finally {
  await browser.close();
  stop(server);
}
