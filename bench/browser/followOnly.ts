/**
 * Only the big-50 step benchmarks (`npx tsx bench/browser/followOnly.ts [--no-build] [--runs N]`): plain steps and
 * steps with follow-camera (full speed and 4x CPU throttled), each with the main thread's time per step.
 */
import { bigWorld } from './bigWorld';
import { followSteps } from './followSteps';
import type { MainThreadTime } from './mainThreadTime';
import { median } from './median';
import { build, launch, serve, stop } from './server';

const ms = (x: number) => `${x.toFixed(1)} ms`;
const busy = (b: MainThreadTime) => `main thread per step ${ms(b.task)} (script ${ms(b.script)}, style ${ms(b.style)}, layout ${ms(b.layout)})`;
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;

if (!process.argv.includes('--no-build')) build();
const server = await serve();
const browser = await launch();
try {
  for (let r = 0; r < runs; r++) {
    const big = await bigWorld(browser, 60);
    console.log(`plain step: median ${ms(median(big.steps.map((s) => s.toFrame)))} to the next frame`);
    const f = await followSteps(browser, 60);
    console.log(`follow step: median ${ms(median(f.full.map((s) => s.toFrame)))} (target <= 16 ms); ${busy(f.fullBusy)}`);
    console.log(`follow step, 4x throttled: median ${ms(median(f.throttled.map((s) => s.toFrame)))} (target <= 33 ms); ${busy(f.throttledBusy)}`);
  }
} finally {
  await browser.close();
  stop(server);
}
