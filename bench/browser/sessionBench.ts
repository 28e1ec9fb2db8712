import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { builtinScenarios } from '../../src/scenario/builtins';
import { initialWorld } from '../../src/scenario/load';
import { replayScript } from '../../src/scenario/replay';
import { shareFragment } from '../../src/scenario/shareLink';
import { newSession } from '../../src/shell/session';
import { openInteractive } from './interactive';
import { BASE_URL, freshContext } from './server';
import { typeLine } from './typeLine';

/** Everything a click-to-load embed downloads before its play button is clicked, gzip-compressed. */
export async function previewBytes(browser: Browser): Promise<{ readonly gzip: number; readonly files: readonly string[] }> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  const files: string[] = [];
  page.on('response', (r) => {
    files.push(new URL(r.url()).pathname);
    sizes.push(r.body().then((b) => gzipSync(b, { level: 9 }).byteLength, () => 0));
  });
  await page.goto(`${BASE_URL}/preview.html?embed=1&scenario=seed-2017`);
  await page.getByTestId('preview-play').waitFor();
  await page.waitForLoadState('networkidle');
  const gzip = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { gzip, files };
}

/** The share link of the seed walkthrough typed in full (its fragment), as the share dialog writes it. */
export function seedLink(): string {
  const seed = builtinScenarios['seed-2017']!;
  const script = readFileSync('scripts/seed-2017.txt', 'utf8').replace(/\n$/, '');
  const { model } = replayScript(initialWorld(seed), newSession(), script);
  return `${BASE_URL}/#${shareFragment({ ...seed, log: model.log, view: { lens: 'overlay', view: 'map', tab: 0 } })}`;
}

/** Opens the seed walkthrough's share link cold: ms until the map and the terminal are ready. */
export async function linkInteractive(browser: Browser, link: string): Promise<number> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const at = await openInteractive(page, '', 3, link);
  await context.close();
  return at;
}

/**
 * Whether autosave ever holds up typing: with a long session (the seed walkthrough replayed, 34 operations, a
 * few hundred KB saved), a command starts a save; keys typed while it may run are timed from keydown to the
 * frame that shows them. Returns each key's echo time in ms.
 */
export async function echoDuringSave(browser: Browser, link: string, keys: number): Promise<number[]> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await openInteractive(page, '', 3, link);
  const times: number[] = [];
  for (let i = 0; i < keys; i++) {
    await typeLine(page, 'docker network ls', 'overnet');
    // The save is due 300 ms after a change, in idle time: type across that window.
    await page.waitForTimeout(250 + (i % 5) * 20);
    await page.locator('[data-testid="terminal"] .xterm-helper-textarea').focus();
    const t = await page.evaluate(() => new Promise<number>((resolve) => {
      const rows = document.querySelector('[data-testid="terminal"] .xterm-rows') as HTMLElement;
      const before = rows.textContent ?? '';
      const start = performance.now();
      const target = document.querySelector('[data-testid="terminal"] .xterm-helper-textarea') as HTMLTextAreaElement;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', code: 'KeyX', bubbles: true }));
      target.dispatchEvent(new InputEvent('input', { data: 'x', inputType: 'insertText', bubbles: true }));
      const check = () => ((rows.textContent ?? '') !== before ? resolve(performance.now() - start) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    }));
    times.push(t);
    await page.keyboard.press('Control+C');
  }
  await context.close();
  return times;
}
