import { expect, test } from '@playwright/test';
import type { Server } from 'node:http';
import { serveSite } from './host/staticSite';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 2000;
const SITE = `http://127.0.0.1:${PORT}/swarm-playground/`;
let server: Server;

// One site server on one port: the file's tests share it, so they run in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await serveSite(process.env.E2E_DIST ?? 'dist', '/swarm-playground/', PORT);
});
test.afterAll(() => server.close());

test('the built site works from a sub-path, and offline after one visit', async ({ page, context }) => {
  await page.goto(`${SITE}?lang=en`);
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', './manifest.webmanifest');
  // The service worker has cached the build once it controls the page.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const term = page.getByTestId('terminal').locator('.xterm-helper-textarea');
  await term.focus();
  await page.keyboard.insertText('docker-machine ls');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('swarm-playground:session') ?? '')).toContain('docker-machine ls');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => (await page.getByTestId('terminal').locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ')).toContain('default     -        virtualbox');
  await page.getByTestId('terminal').locator('.xterm-helper-textarea').focus();
  await page.keyboard.insertText('docker-machine ip default-2');
  await page.keyboard.press('Enter');
  await expect.poll(async () => page.getByTestId('terminal').locator('.xterm-rows').innerText()).toContain('192.168.99.101');
  await page.screenshot({ path: 'test-results/screenshots/offline.png' });
  await context.setOffline(false);
});

test('a cold load asks for every script and style the playground needs from the page head, not one after another', async ({ page }) => {
  await page.goto(`${SITE}?lang=en`);
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  // What the served page itself names (the preload helper adds links at run time; those do not count).
  const html = await (await page.request.get(SITE)).text();
  const fromHead = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => `/swarm-playground/${m[1]}`);
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => /\/assets\/.+\.(js|css)$/.test(p)));
  expect(loaded.length).toBeGreaterThan(4);
  expect(loaded.filter((p) => !fromHead.includes(p))).toEqual([]);
});
