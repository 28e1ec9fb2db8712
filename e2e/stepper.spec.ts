import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { StepperPanel } from './pages/StepperPanel';

const shots = 'test-results/screenshots';

/** Enters a line in the terminal at once (as one input event) and presses Enter. */
async function enter(p: PlaygroundPage, line: string) {
  await p.terminal.locator('.xterm-helper-textarea').focus();
  await p.page.keyboard.insertText(line);
  await p.page.keyboard.press('Enter');
}

/** c1 on default, three whoami tasks on mynet; returns the address of the task on default-2. */
async function crossNodeSetup(p: PlaygroundPage): Promise<string> {
  for (const line of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create -d --name web --network mynet --replicas 3 traefik/whoami',
    'docker run -dit --name c1 --network mynet alpine',
    'docker service ps web',
  ]) await enter(p, line);
  await expect.poll(() => p.screenText()).toMatch(/web\.\d +traefik\/whoami:latest +default-2 /);
  const task = /(web\.\d) +traefik\/whoami:latest +default-2 /.exec(await p.screenText())?.[1] ?? '';
  const ip = (await p.canvas.locator(`[data-testid^="member-${task}."] .chip-ip`).first().textContent()) ?? '';
  expect(ip).toMatch(/^10\.0\.1\.\d+$/);
  await enter(p, 'docker exec -it c1 sh');
  await expect.poll(() => p.screenText()).toContain('/ # ');
  return ip;
}

test('a cross-node ping, stepped with the keyboard to the VXLAN encapsulation', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const s = new StepperPanel(page);
  await p.goto();
  const ip = await crossNodeSetup(p);
  await enter(p, `ping -c 1 ${ip}`);
  await expect.poll(() => p.screenText()).toContain('1 packets received');
  await expect(s.position).toHaveText('Hop 1 of 14');
  await expect(s.marker).toHaveAttribute('data-at', /^container:/);

  // Keys typed in the terminal belong to the terminal.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(s.position).toHaveText('Hop 1 of 14');

  await s.events.focus();
  await s.pressUntil('ArrowRight', 'VXLAN encap');
  const row = s.current();
  await expect(row).toHaveAttribute('data-testid', 'event-3');
  await expect(row).toContainText('default · overlay:mynet · vxlan0');
  await expect(row).toContainText('VNI 4097, UDP from 192.168.99.100 to 192.168.99.101:4789');
  await expect(row).toContainText('request');
  await expect(s.announce).toHaveText(/^Event 3 of 14, request, VXLAN encap at default · overlay:mynet · vxlan0: .*VNI 4097/);
  await expect(s.announce).toHaveAttribute('aria-live', 'polite');
  await expect(s.marker).toHaveAttribute('data-at', /^ns:default:/);
  await expect(page.locator('.packet-visited')).toHaveCount(2);
  expect(await s.marker.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.35s');
  await s.settled();
  await page.screenshot({ path: `${shots}/stepper-vxlan.png`, fullPage: true });

  // Space plays, Space pauses; ArrowLeft steps back.
  await page.keyboard.press('Space');
  await expect(s.play).toHaveAttribute('aria-pressed', 'true');
  await expect(s.position).not.toHaveText('Hop 3 of 14', { timeout: 3000 });
  await page.keyboard.press('Space');
  await expect(s.play).toHaveAttribute('aria-pressed', 'false');
  const paused = Number(/Hop (\d+)/.exec((await s.position.textContent()) ?? '')?.[1]);
  await page.keyboard.press('ArrowLeft');
  await expect(s.position).toHaveText(`Hop ${paused - 1} of 14`);

  // From a row's number, the steps carry the focus along; Enter on a number jumps there.
  await s.current().getByRole('button').focus();
  await page.keyboard.press('ArrowRight');
  await expect(s.current().getByRole('button')).toBeFocused();
  await expect(s.position).toHaveText(`Hop ${paused} of 14`);
  await s.event(1).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(s.event(1)).toHaveAttribute('aria-current', 'step');

  const results = await new AxeBuilder({ page }).include('[data-testid="stepper"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('filters, speed, reset, jumping to a row, and a second trace in the picker', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const p = new PlaygroundPage(page);
  const s = new StepperPanel(page);
  await p.goto();
  const ip = await crossNodeSetup(p);
  await enter(p, `ping -c 1 ${ip}`);
  await enter(p, 'wget -qO- web');
  await expect(s.root.getByTestId('trace-picker')).toHaveValue('1');
  await expect(s.current()).toContainText('DNS query');
  await s.filter('protocol').selectOption('http');
  await expect(s.rows().first()).toContainText('send');
  await s.filter('node').selectOption('default-2');
  const rows = await s.rows().locator('td:nth-child(3)').allTextContents();
  expect(rows.length).toBeGreaterThan(3);
  for (const r of rows) expect(r).toMatch(/^default-2 · /);
  await s.rows().nth(2).click();
  await expect(s.rows().nth(2)).toHaveAttribute('aria-current', 'step');
  await expect(s.position).toHaveText(`Hop 3 of ${rows.length}`);
  await s.root.getByTestId('step-reset').click();
  await expect(s.position).toHaveText(`Hop 1 of ${rows.length}`);
  await s.root.getByTestId('step-speed').selectOption('4');
  await s.play.click();
  await expect(s.position).toHaveText(`Hop ${rows.length} of ${rows.length}`, { timeout: 5000 });
  await expect(s.play).toHaveAttribute('aria-pressed', 'false');
  expect(await s.marker.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  await page.screenshot({ path: `${shots}/stepper-filtered.png`, fullPage: true });
  await s.root.getByTestId('trace-picker').selectOption('0');
  await s.filter('protocol').selectOption('all');
  await s.filter('node').selectOption('all');
  await expect(s.rows()).toHaveCount(14);
  await expect(s.current()).toHaveAttribute('data-testid', 'event-1');
  await s.root.getByTestId('step-reset').focus();
  // Back is disabled on the first event, so Tab goes from reset to play.
  await page.keyboard.press('Tab');
  await expect(s.root.getByTestId('step-play')).toBeFocused();
  await page.screenshot({ path: `${shots}/stepper-focus.png`, fullPage: true });
});

test('Korean in dark mode, and a narrow screen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const p = new PlaygroundPage(page);
  const s = new StepperPanel(page);
  await p.goto('three-node', 'ko');
  const ip = await crossNodeSetup(p);
  await enter(p, `ping -c 1 ${ip}`);
  await s.events.focus();
  await s.pressUntil('ArrowRight', 'VXLAN 캡슐화');
  await expect(s.announce).toHaveText(/^이벤트 3 \/ 14, 요청, default · overlay:mynet · vxlan0에서 VXLAN 캡슐화: .*4097/);
  await s.settled();
  await page.screenshot({ path: `${shots}/stepper-ko-dark.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).include('[data-testid="stepper"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  await s.root.scrollIntoViewIfNeeded();
  await expect(s.current()).toBeVisible();
  await page.screenshot({ path: `${shots}/stepper-narrow.png`, fullPage: true });
});
