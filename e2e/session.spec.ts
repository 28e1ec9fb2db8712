import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SessionPage } from './pages/SessionPage';

const SAVE_KEY = 'swarm-playground:session';

async function seriousViolations(page: Page, include: string) {
  const r = await new AxeBuilder({ page }).include(include).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

async function ready(page: Page) {
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('terminal').locator('.xterm-helper-textarea')).toBeAttached();
}

/** Builds a session with commands, a send from the dialog, a drag and a stepped trace. */
async function buildSession(page: Page, s: SessionPage) {
  await page.goto('/?scenario=three-node&lang=en');
  await ready(page);
  for (const line of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create -d --name web --network mynet --replicas 2 traefik/whoami',
    'docker run -dit --name c1 --network mynet alpine',
  ]) await s.typeLine(line);
  await expect(page.getByTestId('member-c1')).toBeVisible();
  await page.getByTestId('send-open').click();
  await page.getByTestId('send-to').fill('web');
  await page.getByTestId('send-tcp').check();
  await page.getByTestId('send-submit').click();
  await expect.poll(() => s.screenText()).toContain('/ # wget -qO- http://web:80');
  const host = page.getByTestId('host-default-3').locator('.host-title');
  const from = await host.boundingBox();
  if (!from) throw new Error('no host on the map');
  await page.mouse.move(from.x + 20, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y + 90, { steps: 8 });
  await page.mouse.up();
  await page.getByTestId('step-next').click();
  await page.getByTestId('step-next').click();
  await page.getByTestId('step-next').click();
}

test('a session survives a reload and a share link into a fresh browser, byte for byte', async ({ page, browser }) => {
  const s = new SessionPage(page);
  await buildSession(page, s);
  const position = await page.getByTestId('step-position').innerText();
  const screen = await s.screenText();
  const host = await s.placed('host-default-3');
  expect(host).toMatch(/translate/);
  const bytes = await s.pcapng();
  expect(bytes.length).toBeGreaterThan(200);

  await page.reload();
  await ready(page);
  await expect(page).not.toHaveURL(/scenario=/);
  await expect(page.getByTestId('step-position')).toHaveText(position);
  expect(await s.screenText()).toBe(screen);
  expect(await s.placed('host-default-3')).toBe(host);
  expect((await s.pcapng()).equals(bytes)).toBe(true);

  const link = await s.link(true);
  expect(link.length).toBeLessThan(4000);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await ready(other);
  const o = new SessionPage(other);
  await expect(other.getByTestId('step-position')).toHaveText(position);
  expect(await o.screenText()).toBe(screen);
  expect((await o.pcapng()).equals(bytes)).toBe(true);
  await o.screenshot('session-shared-link');
  await fresh.close();
});

test('undo and redo every kind of change: a command, a send, a drag, Reset and loading a scenario', async ({ page }) => {
  const s = new SessionPage(page);
  await page.goto('/?scenario=three-node&lang=en');
  await ready(page);
  const undo = page.getByTestId('undo');
  const redo = page.getByTestId('redo');
  await expect(undo).toBeDisabled();
  await s.typeLine('docker-machine ssh default');
  await s.typeLine('docker network create -d overlay mynet');
  await expect(page.getByTestId('network-mynet')).toBeVisible();
  await undo.click();
  await expect(page.getByTestId('network-mynet')).toHaveCount(0);
  await expect.poll(() => s.screenText()).not.toContain('network create');
  await redo.click();
  await expect(page.getByTestId('network-mynet')).toBeVisible();

  // A send.
  await page.getByTestId('send-open').click();
  await page.getByTestId('send-to').fill('192.168.99.101');
  await page.getByTestId('send-submit').click();
  await expect(page.getByTestId('trace-picker').or(page.getByTestId('stepper').locator('.stepper-command'))).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('stepper').locator('.stepper-command')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('stepper').locator('.stepper-command')).toBeVisible();

  // A drag's undo is checked in src/store/worldSlice.test.ts; on the page the map keeps legible zoom and the
  // card may be out of view, so it is not dragged here.

  // Reset says what will be lost, and can be undone.
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('terminal steps');
  expect(await seriousViolations(page, '[data-testid="confirm-dialog"]')).toEqual([]);
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('network-mynet')).toHaveCount(0);
  await undo.click();
  await expect(page.getByTestId('network-mynet')).toBeVisible();

  // Loading another scenario over work too.
  await page.getByTestId('scenario-picker').selectOption('seed-2017');
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('engine-profile')).toContainText('17.10');
  await undo.click();
  await expect(page.getByTestId('engine-profile')).toContainText('29');
  await expect(page.getByTestId('network-mynet')).toBeVisible();
});

test('a corrupt and a newer-version autosave start clean, say so and offer the data; the page works', async ({ browser }) => {
  const cases: readonly (readonly [string, string])[] = [
    ['{"format":"swarm-playground/scenario","version":2,"na', 'not valid JSON'],
    [JSON.stringify({ format: 'swarm-playground/scenario', version: 7, name: 'x' }), 'made by a newer playground'],
  ];
  for (const [raw, says] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(([key, value]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); } }, [SAVE_KEY, raw] as const);
    await page.goto('/?lang=en');
    await ready(page);
    const notice = page.getByTestId('notice-session.badSave');
    await expect(notice).toContainText(says);
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByTestId('notice-action-download-bad-save').click()]);
    expect(download.suggestedFilename()).toBe('swarm-playground-unreadable-save.json');
    const s = new SessionPage(page);
    await s.typeLine('echo still works');
    await expect.poll(() => s.screenText()).toContain('still works');
    await context.close();
  }
});

test('a malformed import changes nothing and says which field is wrong; the share dialog has no serious violations', async ({ page }) => {
  const s = new SessionPage(page);
  await page.goto('/?scenario=three-node&lang=en');
  await ready(page);
  await s.typeLine('echo mine');
  await s.openShare();
  expect(await seriousViolations(page, '[data-testid="share-dialog"]')).toEqual([]);
  await s.screenshot('share-dialog');
  const bad = { format: 'swarm-playground/scenario', version: 2, name: 'bad', profile: '29', seed: 1, start: '2026-01-01T00:00:00Z', machines: [{ name: 'default', ip: 'not-an-ip' }], swarm: null, commands: [] };
  await s.share.getByTestId('share-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(s.share.getByTestId('share-message')).toHaveText('Nothing was imported: scenario: machines[0].ip "not-an-ip" must be an IPv4 address');
  await page.keyboard.press('Escape');
  await expect.poll(() => s.screenText()).toContain('$ echo mine\nmine');
  await expect(page.getByTestId('host-default')).toBeVisible();
});

test('pictures: the map as SVG and PNG, and a trace as an image of its hops', async ({ page }) => {
  const s = new SessionPage(page);
  await page.goto('/?scenario=three-node&lang=en');
  await ready(page);
  await s.typeLine('ping -c 1 192.168.99.101');
  await s.openShare();
  const read = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), s.share.getByTestId(testId).click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  };
  const svg = await read('picture-map-svg');
  expect(svg.name).toBe('swarm-playground-map.svg');
  expect(svg.bytes.toString('utf8')).toMatch(/^<svg[\s\S]*default-2[\s\S]*<\/svg>$/);
  const png = await read('picture-map-png');
  expect(png.name).toBe('swarm-playground-map.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const trace = await read('picture-trace');
  expect(trace.name).toBe('swarm-playground-ping-c-1-192.168.99.101.svg');
  expect(trace.bytes.toString('utf8')).toContain('ping -c 1 192.168.99.101');
});
