/**
 * Browser benchmarks (`npx tsx bench/browser/run.ts [--no-build]`): builds into dist-bench, serves it on port
 * 4185, measures in headless Chromium and prints figures; nothing here asserts timings.
 * Targets (issue): first-paint JS <= 250 KB gzip; three-node interactive < 1.5 s; one step on the 50-node,
 * 500-task world within 16 ms median; no memory growth over 1,000 steps; over 100,000 steps in one page, flat step
 * time and heap.
 */
import { bigWorld } from './bigWorld';
import { median } from './median';
import { firstPaintJs } from './firstPaintJs';
import { followSteps } from './followSteps';
import { threeNodeInteractive } from './interactive';
import { longWalk } from './longWalk';
import { printLongWalk } from './printLongWalk';
import { build, launch, serve, stop } from './server';
import { echoDuringSave, linkInteractive, previewBytes, seedLink } from './sessionBench';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  const server = await serve();
  const browser = await launch();
  try {
    const paints = [];
    for (let i = 0; i < 3; i++) paints.push(await firstPaintJs(browser, '/?scenario=three-node&lang=en'));
    // The load with the median FCP (the first load of a new browser also pays for its start-up).
    const js = [...paints].sort((a, b) => a.fcp - b.fcp)[1] as (typeof paints)[number];
    const total = js.scripts.reduce((n, s) => n + s.gzipBytes, 0);
    console.log(`browser: JS before first contentful paint (median of 3 cold loads, FCP at ${ms(js.fcp)}): ${kb(js.beforeFcp)} gzip (target <= 250 KB); all JS of the load: ${kb(total)} gzip`);
    for (const s of js.scripts) console.log(`  ${s.responseEnd <= js.fcp ? 'before' : 'after '} FCP  ${kb(s.gzipBytes).padStart(9)}  ${ms(s.responseEnd).padStart(9)}  ${new URL(s.url).pathname}`);

    const loads = [];
    for (let i = 0; i < 5; i++) loads.push(await threeNodeInteractive(browser));
    console.log(
      `browser: three-node interactive (map shows 3 nodes, terminal has its input and prompt): median ${ms(median(loads.map((l) => l.interactive)))} (target < 1,500 ms) over ${loads.length} cold loads [${loads.map((l) => l.interactive.toFixed(0)).join(', ')}]; FCP median ${ms(median(loads.map((l) => l.fcp)))}; a key typed then echoes by ${ms(median(loads.map((l) => l.echoed)))}`,
    );

    const big = await bigWorld(browser, 100);
    const frames = big.steps.map((s) => s.toFrame);
    console.log(`browser: big-50 (50 nodes, 500 tasks) interactive after ${ms(big.interactive)}; wget trace of ${big.hops} hops`);
    console.log(
      `browser: one step (ArrowRight/ArrowLeft) to the next frame: median ${ms(median(frames))} (target <= 16 ms), max ${ms(Math.max(...frames))}; key to DOM change median ${ms(median(big.steps.map((s) => s.toDom)))} over ${big.steps.length} steps`,
    );
    const heap = (before: number, after: number) => `${kb(before)} before, ${kb(after)} after (${after >= before ? '+' : ''}${kb(after - before)})`;
    console.log(`browser: big-50 JS heap after GC around those steps: ${heap(big.heapBefore, big.heapAfter)}`);
    const follow = await followSteps(browser, 60);
    const followMs = (xs: readonly { toFrame: number }[]) => ms(median(xs.map((s) => s.toFrame)));
    console.log(`browser: big-50 one step with follow-camera to the next frame: median ${followMs(follow.full)} (target <= 16 ms); under 4x CPU throttling ${followMs(follow.throttled)} (target <= 33 ms)`);
    // 100,000 steps in one page (a long classroom session): step time and heap at the start, along the way and at the end.
    printLongWalk(await longWalk(browser, 100_000, 10_000));
    const preview = await previewBytes(browser);
    console.log(`browser: click-to-load embed before the click: ${kb(preview.gzip)} gzip in ${preview.files.length} files (target <= 30 KB)`);
    const link = seedLink();
    console.log(`share link of the seed walkthrough (34 operations): ${link.length} characters with the address (target <= 2,000)`);
    const opens = [];
    for (let i = 0; i < 5; i++) opens.push(await linkInteractive(browser, link));
    console.log(`browser: that link opened cold, interactive: median ${ms(median(opens))} (target < 1,500 ms) [${opens.map((x) => x.toFixed(0)).join(', ')}]`);
    const echoes = await echoDuringSave(browser, link, 10);
    console.log(`browser: a key typed while autosave is due echoes in median ${ms(median(echoes))}, max ${ms(Math.max(...echoes))} (one frame is ~16.7 ms)`);
  } finally {
    await browser.close();
    stop(server);
  }
}

await main();
