import { expect, test, type Page } from '@playwright/test';
import { WalkPage } from './pages/WalkPage';

const setup = [
  'docker-machine ssh default',
  'docker network create -d overlay --attachable mynet',
  'docker service create -d --name web --replicas 3 --network mynet nginx',
  'docker run -dit --name c1 --network mynet alpine',
  'docker exec -it c1 sh',
];

test('a whole walk by keyboard only: terminal, stepper, hop inspector', async ({ page }) => {
  const p = new WalkPage(page);
  await p.goto();
  // Start from the top of the document, as after following a link.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const toMap = await p.tabUntil('Tab', (s) => s.testid.startsWith('rf__node-host'));
  await p.screenshot('walk-focus-on-map');
  const toTerminal = [...toMap, ...(await p.tabUntil('Tab', (s) => s.inTerminal && s.tag === 'textarea'))];
  // Every stop on the way shows a focus ring (xterm shows its own cursor instead).
  const unringed = toTerminal.slice(0, -1).filter((s) => s.tag !== 'body' && !s.ring).map((s) => `${s.testid || s.tag} "${s.label}"`);
  expect(unringed).toEqual([]);
  for (const line of setup) await p.typeHere(line);
  await expect.poll(() => p.screenText()).toContain('/ # ');
  await p.typeHere('wget -qO- web');
  await expect(p.stepper.getByTestId('step-position')).toBeVisible();
  const first = await p.stepper.getByTestId('step-position').innerText();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect((await p.focused()).inTerminal).toBe(false);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(p.stepper.getByTestId('step-position')).not.toHaveText(first);
  const second = await p.stepper.getByTestId('step-position').innerText();
  await page.keyboard.press('ArrowLeft');
  await expect(p.stepper.getByTestId('step-position')).not.toHaveText(second);
  await expect(p.stepper.getByTestId('step-announce')).not.toBeEmpty();
  await p.screenshot('walk-stepping');

  const toHop = await p.tabUntil('Shift+Tab', (s) => s.testid.startsWith('hop') || s.testid.startsWith('layer') || s.testid === 'hex-view');
  expect(toHop.filter((s) => !s.ring).map((s) => `${s.testid || s.tag} "${s.label}"`)).toEqual([]);
  await expect(p.hop).toContainText('IPv4');
  await p.screenshot('walk-hop-inspector');
});

/** The three-node page with a ping's trace open in the stepper, one step in. */
async function withTrace(page: Page): Promise<WalkPage> {
  const p = new WalkPage(page);
  await p.goto();
  await p.terminal.locator('.xterm-helper-textarea').focus();
  for (const line of setup) await p.typeHere(line);
  await expect.poll(() => p.screenText()).toContain('/ # ');
  await p.typeHere('ping -c 1 web');
  await expect(p.stepper.getByTestId('step-position')).toBeVisible();
  await page.getByTestId('step-next').click();
  return p;
}

test.describe('axe finds no serious or critical violations', () => {
  // axe takes a few seconds per view on a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test('overlay and underlay lens', async ({ page }) => {
    const p = await withTrace(page);
    await expect(page.getByTestId('lens-overlay')).toHaveAttribute('aria-pressed', 'true');
    await p.screenshot('view-overlay');
    expect(await p.seriousViolations()).toEqual([]);
    await page.getByTestId('lens-underlay').click();
    await expect(page.getByTestId('underlay')).toContainText('192.168.99.0/24');
    await p.screenshot('view-underlay');
    expect(await p.seriousViolations()).toEqual([]);
  });

  test('table view', async ({ page }) => {
    const p = await withTrace(page);
    await page.getByTestId('view-table').click();
    await expect(p.canvas.getByTestId('table-nodes')).toContainText('192.168.99.101/24');
    await expect(p.canvas).toContainText('10.0.1.');
    await p.screenshot('view-table');
    expect(await p.seriousViolations()).toEqual([]);
  });

  test('Korean', async ({ page }) => {
    const p = await withTrace(page);
    await page.getByTestId('language').selectOption('ko');
    await expect(page.getByTestId('reset')).toHaveText('초기화');
    await expect(p.stepper).toContainText('패킷');
    await p.screenshot('view-korean');
    expect(await p.seriousViolations()).toEqual([]);
  });

  test('dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const p = await withTrace(page);
    await page.getByTestId('lens-underlay').click();
    await expect(page.getByTestId('underlay')).toBeVisible();
    await p.screenshot('view-dark-underlay');
    expect(await p.seriousViolations()).toEqual([]);
    await page.getByTestId('lens-overlay').click();
    await p.screenshot('view-dark');
    expect(await p.seriousViolations()).toEqual([]);
  });
});
