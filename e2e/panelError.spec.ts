import { expect, test } from '@playwright/test';
import { TerminalPage } from './pages/TerminalPage';

/**
 * A panel that fails stays a panel: the map's code is made to fail to load (the network drops its
 * chunk, as a flaky connection or a stale deploy would), so React.lazy throws inside the canvas panel.
 * The panel shows its message and a report to copy; the terminal and the side panel keep working.
 */
test.describe('a failing panel', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows its message, copies a report, and leaves the rest of the page working', async ({ page }) => {
    await page.route(/\/assets\/Canvas-[^/]*\.js$/, (route) => route.abort('connectionreset'));
    const p = new TerminalPage(page);
    await page.goto('/?scenario=seed-2017&lang=en');
    const failed = page.getByTestId('panel-error-canvas');
    await expect(failed).toBeVisible();
    await expect(failed.getByRole('heading')).toHaveText('The map stopped working');
    await expect(p.canvas.locator('.react-flow__node')).toHaveCount(0);

    // The terminal still runs commands against the world.
    await expect(p.terminal.locator('.xterm-helper-textarea')).toBeAttached();
    await p.enter('docker-machine ssh default');
    await p.enter('docker network create -d overlay overnet');
    await p.expectLastRow('docker@default:~$');
    await p.enter('docker network ls --filter name=overnet --format "{{.Name}} {{.Driver}}"');
    await expect.poll(() => p.screenText()).toContain('overnet overlay');
    await expect(page.getByTestId('inspector')).toBeVisible();
    await expect(page.locator('.panel-error')).toHaveCount(1);

    await failed.getByRole('button', { name: 'Copy report' }).click();
    await expect(failed).toContainText('Report copied');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Swarm network playground: canvas failed\nscenario: seed-2017\nengine: Docker 17.10.0-ce\ncommands (3):\n');
    expect(report).toContain('  [0] $ docker network create -d overlay overnet\n');
    expect(report).toMatch(/error:\n\w*Error: .*(dynamically imported module|Failed to fetch)/);
    await page.screenshot({ path: 'test-results/screenshots/panel-error-canvas.png' });
  });

  test('speaks Korean on a Korean page', async ({ page }) => {
    await page.route(/\/assets\/TerminalPanel-[^/]*\.js$/, (route) => route.abort('connectionreset'));
    await page.goto('/?scenario=three-node&lang=ko');
    const failed = page.getByTestId('panel-error-terminal');
    await expect(failed.getByRole('heading')).toHaveText('터미널에서 오류가 났습니다');
    await expect(failed.getByRole('button', { name: '보고서 복사' })).toBeVisible();
    // The map still draws and answers clicks.
    await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible();
  });
});
