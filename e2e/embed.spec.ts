import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';

/** Two blogs on other origins than the playground's, served for real on loopback (Chromium checks where frames come from). */
const BLOG_PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const BLOG = `http://127.0.0.1:${BLOG_PORT}`;
const EVIL = `http://127.0.0.1:${BLOG_PORT + 1}`;
const HOST = readFileSync(new URL('./host/embed-host.html', import.meta.url), 'utf8');

// The blog servers listen on fixed ports: this file's tests run one after another.
test.describe.configure({ mode: 'serial' });
const servers: Server[] = [];
test.beforeAll(async () => {
  for (const port of [BLOG_PORT, BLOG_PORT + 1]) {
    const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HOST));
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    servers.push(server);
  }
});
test.afterAll(() => { for (const s of servers) s.close(); });

/** Opens the repository's host page at a blog's origin (another origin than the playground's). */
async function openHost(page: Page, origin: string, query: string) {
  const app = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
  await page.goto(`${origin}/post.html?app=${encodeURIComponent(app)}&${query}`);
  return app;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: { from: string; type: string; [k: string]: unknown }[] }).events);
const ofType = async (page: Page, from: string, type: string) => (await events(page)).filter((e) => e.from === from && e.type === `swarm-playground:${type}`);

test('a host page drives an iframe and a <swarm-playground> element through postMessage', async ({ page }) => {
  await openHost(page, BLOG, '');
  await expect.poll(async () => (await ofType(page, 'iframe', 'ready')).length, { timeout: 20_000 }).toBe(1);
  await expect.poll(async () => (await ofType(page, 'element', 'ready')).length, { timeout: 20_000 }).toBe(1);
  const frame = page.frameLocator('#frame');
  await expect(frame.getByTestId('embed-bar')).toBeVisible();
  await expect(frame.getByTestId('topbar')).toHaveCount(0);

  await page.evaluate(() => {
    const w = window as unknown as { toFrame: (m: object) => void };
    w.toFrame({ type: 'swarm-playground:run', line: 'docker-machine ssh default' });
    w.toFrame({ type: 'swarm-playground:run', line: 'docker network create -d overlay mynet' });
  });
  await expect(frame.getByTestId('network-mynet')).toBeVisible();
  await expect.poll(async () => (await ofType(page, 'iframe', 'command')).map((e) => e.line)).toEqual(['docker-machine ssh default', 'docker network create -d overlay mynet']);

  await page.evaluate(() => (window as unknown as { element: { run: (l: string) => void } }).element.run('ping -c 1 192.168.99.101'));
  await expect.poll(async () => (await ofType(page, 'element', 'step')).length).toBeGreaterThan(0);
  await page.evaluate(() => (window as unknown as { element: { step: (n: number) => void } }).element.step(3));
  await expect.poll(async () => (await ofType(page, 'element', 'step')).at(-1)?.step).toBe(3);
  await page.evaluate(() => (window as unknown as { element: { step: (n: number) => void } }).element.step(999));
  await expect.poll(async () => String((await ofType(page, 'element', 'error')).at(-1)?.error)).toMatch(/^step: "to" must be next, prev or a hop from 1 to \d+$/);

  // Neither embed wrote to storage; the host's own storage is as it left it.
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'host-key': 'host-value' });
  const inner = page.frames().find((f) => f.url().includes('embed=1') && f.url().includes('three-node'));
  expect(await inner?.evaluate(() => localStorage.length)).toBe(0);
  await page.screenshot({ path: 'test-results/screenshots/embed-host.png', fullPage: true });
});

test('messages from another origin are ignored; a read-only embed refuses to run', async ({ page, browser }) => {
  // Another site embeds the playground claiming to be the blog: its messages come from its own origin and are dropped.
  await openHost(page, EVIL, `claim=${encodeURIComponent(BLOG)}&noelement=1`);
  const frame = page.frameLocator('#frame');
  await expect(frame.getByTestId('embed-bar')).toBeVisible();
  await page.evaluate(() => (window as unknown as { toFrame: (m: object) => void }).toFrame({ type: 'swarm-playground:run', line: 'docker-machine ssh default' }));
  await page.waitForTimeout(500);
  expect(await (frame.getByTestId('terminal').locator('.xterm-rows')).innerText()).not.toContain('docker-machine ssh default');
  expect(await events(page)).toEqual([]);

  const other = await (await browser.newContext()).newPage();
  await openHost(other, BLOG, 'readonly=1&noelement=1');
  await expect.poll(async () => (await ofType(other, 'iframe', 'ready')).length, { timeout: 20_000 }).toBe(1);
  await other.evaluate(() => (window as unknown as { toFrame: (m: object) => void }).toFrame({ type: 'swarm-playground:run', line: 'docker ps' }));
  await expect.poll(async () => (await ofType(other, 'iframe', 'error')).map((e) => e.error)).toEqual(['run: this embed is read-only']);
  const f = other.frameLocator('#frame');
  await f.getByTestId('terminal').locator('.xterm-helper-textarea').focus();
  await other.keyboard.type('docker ps');
  expect(await f.getByTestId('terminal').locator('.xterm-rows').innerText()).not.toContain('docker ps');
});

test('an embed opened on a lesson shows its panel and tells the host when a check ticks', async ({ page }) => {
  await openHost(page, BLOG, 'lesson=overlay-discovery&noelement=1');
  await expect.poll(async () => (await ofType(page, 'iframe', 'ready')).length, { timeout: 20_000 }).toBe(1);
  const frame = page.frameLocator('#frame');
  await expect(frame.getByTestId('lesson-panel')).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { toFrame: (m: object) => void };
    w.toFrame({ type: 'swarm-playground:run', line: 'docker-machine ssh default' });
    w.toFrame({ type: 'swarm-playground:run', line: 'docker network create -d overlay overnet' });
  });
  await expect.poll(async () => (await ofType(page, 'iframe', 'lesson-check')).map((e) => [e.lesson, e.check])).toEqual([['overlay-discovery', 'network']]);
});

test('the embed keeps map and terminal in view at 720x480 and 360 px; click-to-load loads nothing heavy before the click', async ({ page }) => {
  for (const size of [{ width: 720, height: 480 }, { width: 360, height: 640 }]) {
    await page.setViewportSize(size);
    await page.goto('/?embed=1&scenario=three-node&lang=en');
    const map = page.getByTestId('canvas');
    const term = page.getByTestId('terminal');
    await expect(map.locator('.react-flow__node').first()).toBeVisible();
    await term.locator('.xterm-helper-textarea').focus();
    await page.keyboard.insertText('docker-machine ls');
    await page.keyboard.press('Enter');
    for (const box of [await map.boundingBox(), await term.boundingBox()]) {
      expect(box && box.y >= 0 && box.y + box.height <= size.height + 1 && box.x + box.width <= size.width + 1).toBe(true);
    }
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/embed-${size.width}.png` });
  }

  await page.setViewportSize({ width: 720, height: 480 });
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/preview.html?embed=1&scenario=seed-2017&lang=ko');
  await expect(page.getByTestId('preview-play')).toHaveText('▶ 플레이그라운드 불러오기');
  expect(scripts.some((u) => /Playground|Canvas|TerminalPanel|main-/.test(u))).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/embed-preview.png' });
  await page.getByTestId('preview-play').click();
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await expect(page.getByTestId('engine-profile').or(page.getByTestId('canvas').locator('.react-flow__node').first())).toBeVisible();
});
