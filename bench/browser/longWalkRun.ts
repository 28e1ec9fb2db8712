/**
 * The long in-page walk alone (`npx tsx bench/browser/longWalkRun.ts [STEPS] [--no-build]`): 100,000 steps by
 * default; prints the step time and the heap at the start and at the end. Also part of `npm run bench`.
 */
import { longWalk } from './longWalk';
import { build, launch, serve, stop } from './server';
import { printLongWalk } from './printLongWalk';

const steps = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
if (!process.argv.includes('--no-build')) build();
const server = await serve();
const browser = await launch();
try {
  printLongWalk(await longWalk(browser, steps, Math.max(1, Math.floor(steps / 10))));
} finally {
  await browser.close();
  stop(server);
}
