import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TerminalPage } from './pages/TerminalPage';

/** The seed walkthrough's typed lines (comments and `@wait` left out; `^C` is a key press). */
const seedLines = readFileSync(new URL('../scripts/seed-2017.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('@wait'));

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the seed walkthrough typed into the terminal shows on the map and the screen', async ({ page }) => {
  const p = new TerminalPage(page);
  await p.goto('seed-2017');
  let pings = 0;
  for (const line of seedLines) {
    if (line === '^C') {
      // The first ping runs ~2 s (two replies), the next one a second.
      await page.waitForTimeout(pings++ === 0 ? 2000 : 1000);
      await page.keyboard.press('Control+C');
      continue;
    }
    await p.enter(line);
    if (line.startsWith('docker network create')) await expect(p.network('overnet')).toBeVisible();
    if (line === 'ping 10.0.0.6') await expect.poll(() => p.screenText()).toContain('PING 10.0.0.6 (10.0.0.6) 56(84) bytes of data.');
    if (line === 'cat /etc/resolv.conf') {
      await expect.poll(() => p.screenText()).toContain('nameserver 127.0.0.11');
      await p.screenshot('seed-resolv-conf');
    }
  }
  await expect(p.network('overnet')).toContainText('10.0.0.0/24');
  await expect(p.network('overnet')).toContainText('4098');
  await expect(p.canvas.locator('[data-testid^="member-myservice."]')).toHaveCount(3);
  await expect.poll(() => p.screenText()).toContain('"Addr": "10.0.0.5/24"');
  await p.expectLastRow('docker@default:~$');
  await p.screenshot('seed-walkthrough');
});

test('Tab completes, a second Tab lists the candidates, paste runs lines in order', async ({ page }) => {
  const p = new TerminalPage(page);
  await p.goto('seed-2017');
  await p.typeKeys('docker-machine ssh default-');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(() => p.screenText()).toContain('$ docker-machine ssh default-\ndefault-2  default-3\n$ docker-machine ssh default-');
  await p.screenshot('completion-list');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await p.expectLastRow('docker@default-2:~$');
  await p.typeKeys('docker net');
  await page.keyboard.press('Tab');
  await p.expectLastRow('docker@default-2:~$ docker network');
  await page.keyboard.type('l');
  await page.keyboard.press('Tab');
  await p.expectLastRow('docker@default-2:~$ docker network ls');
  await page.keyboard.press('Control+C');
  await p.paste('echo one\necho two | wc -c\nhostname\n');
  await expect.poll(() => p.screenText()).toContain('docker@default-2:~$ echo one\none\ndocker@default-2:~$ echo two | wc -c\n4\ndocker@default-2:~$ hostname\ndefault-2\ndocker@default-2:~$');
  await p.typeKeys('echo gone');
  await page.keyboard.press('Control+L');
  await p.expectLastRow('docker@default-2:~$ echo gone');
  expect((await p.screenText()).trim()).toBe('docker@default-2:~$ echo gone');
});

test('one tab per ssh session, keyboard-reachable tabs and splitter, no serious axe violations', async ({ page }) => {
  const p = new TerminalPage(page);
  await p.goto('seed-2017');
  await expect(p.tab(0)).toHaveText('laptop');
  await p.type('docker-machine ssh default');
  await expect(p.tab(0)).toHaveText('default');
  await page.getByTestId('terminal-new-tab').click();
  await expect(p.tab(1)).toHaveAttribute('aria-selected', 'true');
  await p.expectLastRow('$');
  await p.type('docker-machine ssh default-2');
  await expect(p.tab(1)).toHaveText(/^default-2/);
  await p.type('hostname');
  await expect.poll(() => p.screenText()).toContain('docker@default-2:~$ hostname\ndefault-2');
  await p.screenshot('two-tabs');

  // Back to the first tab with the keyboard: Shift+Tab leaves the terminal, the tab strip takes arrows.
  await p.tab(1).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(p.tab(0)).toBeFocused();
  await expect(p.tab(0)).toHaveAttribute('aria-selected', 'true');
  await expect(p.tab(1)).toHaveAttribute('tabindex', '-1');
  await p.expectLastRow('docker@default:~$');
  await page.keyboard.press('Enter');
  await expect(p.textarea).toBeFocused();
  await page.keyboard.type('hostname');
  await page.keyboard.press('Enter');
  await expect.poll(() => p.screenText()).toContain('docker@default:~$ hostname\ndefault\n');
  await page.keyboard.press('Shift+Tab');
  await expect(p.textarea).not.toBeFocused();

  // The splitter grows the terminal with the arrow keys.
  const before = (await p.terminal.boundingBox())?.height ?? 0;
  await p.splitter.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Math.round((await p.terminal.boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(Math.round(before) + 60);
  await expect(p.splitter).toHaveAttribute('aria-valuenow', /^\d+$/);
  await p.screenshot('splitter-focused');
  await expectNoSeriousViolations(page);

  // Closing with Delete keeps the other tab and its session.
  await p.tab(0).focus();
  await page.keyboard.press('Delete');
  await expect(p.tabs.getByRole('tab')).toHaveCount(1);
  await expect(p.tab(0)).toHaveText('default-2');
  await p.expectLastRow('docker@default-2:~$');
});

test('a ping keeps running in its tab while another tab is used; copy takes the selection', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'dark' });
  const p = new TerminalPage(page);
  await p.goto('three-node', 'ko');
  await expect(p.tab(0)).toHaveText('노트북');
  await p.enter('ping 192.168.99.101');
  await expect.poll(() => p.screenText()).toContain('PING 192.168.99.101');
  await page.getByTestId('terminal-new-tab').click();
  await expect(p.tab(1)).toHaveText('노트북 (2)×');
  await p.enter('echo elsewhere');
  await expect.poll(() => p.screenText()).toContain('$ echo elsewhere\nelsewhere\n$');
  await p.screenshot('tabs-korean-dark');
  await p.tab(0).click();
  await expect.poll(() => p.screenText()).toMatch(/icmp_seq=2 /);
  await page.keyboard.press('Control+C');
  await expect.poll(() => p.screenText()).toMatch(/packets transmitted, \d+ received, 0% packet loss/);
  await p.expectLastRow('$');

  const row = await p.terminal.locator('.xterm-rows > div').filter({ hasText: /^PING/ }).boundingBox();
  await page.mouse.dblclick((row?.x ?? 0) + 10, (row?.y ?? 0) + (row?.height ?? 0) / 2);
  await page.keyboard.press('Control+Shift+C');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('PING');
  await expectNoSeriousViolations(page);
});

test('the splitter drags on a narrow screen too', async ({ page }) => {
  // Known after merging the lessons and picture work: the lesson panel's phone grid fixes the terminal row at 320 px. Open in issues 7 and 9.
  await page.setViewportSize({ width: 360, height: 800 });
  const p = new TerminalPage(page);
  await p.goto();
  await page.getByTestId('terminal-new-tab').click();
  const before = (await p.terminal.boundingBox())?.height ?? 0;
  const bar = await p.splitter.boundingBox();
  const x = (bar?.x ?? 0) + (bar?.width ?? 0) / 2;
  const y = (bar?.y ?? 0) + (bar?.height ?? 0) / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 100, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await p.terminal.boundingBox())?.height ?? 0)).toBe(Math.round(before) + 100);
  await p.enter('docker-machine ls');
  await expect.poll(() => p.screenText()).toContain('default-3');
  await p.screenshot('terminal-narrow');
});

test('after the page narrows and widens again, the prompt and the half-typed line are still at the bottom', async ({ page }) => {
  const p = new TerminalPage(page);
  await p.goto();
  await p.enter('docker-machine ssh default');
  for (let i = 0; i < 6; i++) await p.enter('docker network ls --no-trunc');
  await p.expectLastRow('docker@default:~$');
  await p.typeKeys('docker ps');
  await page.setViewportSize({ width: 360, height: 740 });
  await p.expectLastRow(/docker@default:~\$ docker ps$/);
  await page.setViewportSize({ width: 1440, height: 900 });
  await p.expectLastRow('docker@default:~$ docker ps');
  await page.keyboard.press('Enter');
  await p.expectLastRow('docker@default:~$');
  await expect.poll(() => p.screenText()).toContain('CONTAINER ID');
});
