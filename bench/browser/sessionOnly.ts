/** Only the session benchmarks (`npx tsx bench/browser/sessionOnly.ts [--no-build]`): embed weight, share link, autosave. */
import { build, launch, serve, stop } from './server';
import { echoDuringSave, linkInteractive, previewBytes, seedLink } from './sessionBench';
import { median } from './median';

if (!process.argv.includes('--no-build')) build();
const server = await serve();
const browser = await launch();
try {
  const preview = await previewBytes(browser);
  console.log(`click-to-load embed before the click: ${(preview.gzip / 1024).toFixed(1)} KB gzip in ${preview.files.length} files (target <= 30 KB): ${preview.files.join(' ')}`);
  const link = seedLink();
  console.log(`share link of the seed walkthrough: ${link.length} characters (target <= 2,000)`);
  const opens = [];
  for (let i = 0; i < 5; i++) opens.push(await linkInteractive(browser, link));
  console.log(`that link opened cold, interactive: median ${median(opens).toFixed(0)} ms [${opens.map((x) => x.toFixed(0)).join(', ')}] (target < 1,500 ms)`);
  const echoes = await echoDuringSave(browser, link, 10);
  console.log(`a key typed while autosave is due: echo median ${median(echoes).toFixed(1)} ms, max ${Math.max(...echoes).toFixed(1)} ms`);
} finally {
  await browser.close();
  stop(server);
}
