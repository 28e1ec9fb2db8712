import type { LongWalk } from './longWalk';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Prints a long walk: step time and heap at the start, along the way and at the end. */
export function printLongWalk(w: LongWalk): void {
  const first = w.stretches[0];
  const last = w.stretches[w.stretches.length - 1];
  if (!first || !last) return;
  console.log(`browser: three-node, ${w.steps.toLocaleString('en')} steps in one page (wget trace, back and forth), key to DOM committed per step:`);
  console.log(`  first ${first.at.toLocaleString('en')} steps: median ${first.medianMs.toFixed(2)} ms, p95 ${first.p95Ms.toFixed(2)} ms; last stretch: median ${last.medianMs.toFixed(2)} ms, p95 ${last.p95Ms.toFixed(2)} ms`);
  console.log(`  JS heap after GC: ${kb(w.heapStart)} at the start, ${kb(last.heap)} at the end (${last.heap >= w.heapStart ? '+' : ''}${kb(last.heap - w.heapStart)})`);
  console.log(`  along the way (steps: median ms / heap): ${w.stretches.map((s) => `${s.at.toLocaleString('en')}: ${s.medianMs.toFixed(2)} / ${kb(s.heap)}`).join(', ')}`);
}
