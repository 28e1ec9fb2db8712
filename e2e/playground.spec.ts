import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('the map shows the swarm and the inspector describes a selected node', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.goto();
  await expect(p.host('default')).toContainText('192.168.99.100/24');
  await expect(p.host('default-2')).toContainText('worker');
  await expect(p.network('ingress')).toContainText('10.0.0.0/24');
  await expect(page.getByTestId('engine-profile')).toHaveText('Docker 29.7.2');
  await p.selectHost('default-2');
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText('default-2');
  await expect(p.inspector).toContainText('192.168.99.101/24');
  await p.screenshot('overlay-lens');
  await page.getByRole('group', { name: /^Network ingress/ }).focus();
  await page.keyboard.press('Enter');
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText('ingress');
  await page.getByTestId('lens-underlay').click();
  await expect(page.getByTestId('underlay')).toContainText('192.168.99.0/24');
  await p.screenshot('underlay-lens');
});

test('the terminal runs commands at real prompts', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.goto();
  await p.type('echo hello | wc -c');
  await expect.poll(() => p.screenText()).toContain('$ echo hello | wc -c\n6\n$');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => p.screenText()).toContain('6\n$ echo hello | wc -c');
  await page.keyboard.press('Control+C');
  await expect.poll(() => p.screenText()).toContain('$ echo hello | wc -c^C\n$');
  await p.screenshot('terminal');
});

test('Korean, and no serious accessibility violations', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.goto('three-node', 'ko');
  await expect(page.getByTestId('reset')).toHaveText('초기화');
  await p.selectHost('default');
  await expect(p.inspector).toContainText('리더');
  await p.screenshot('korean');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('narrow screens stack the panels', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const p = new PlaygroundPage(page);
  await p.goto();
  const canvas = await p.canvas.boundingBox();
  const terminal = await p.terminal.boundingBox();
  expect(canvas && terminal && terminal.y >= canvas.y + canvas.height - 1).toBe(true);
  await p.screenshot('narrow');
});

test('docker commands typed in the terminal appear on the map', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.goto();
  await p.type('docker-machine ssh default');
  await expect.poll(() => p.screenText()).toContain('docker@default:~$ ');
  await p.type('docker network create -d overlay mynet');
  await expect(p.network('mynet')).toBeVisible();
  await expect(p.network('mynet')).toContainText('10.0.1.0/24');
  await p.type('docker service create --name web --replicas 3 --network mynet nginx');
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
  await expect(p.member('lb-mynet')).toHaveCount(3);
  await p.overview();
  await p.network('mynet').click();
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText('mynet');
  await expect(p.inspector).toContainText('4097');
  await p.screenshot('service-on-mynet');
});

test('dark mode follows the system and stays readable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const p = new PlaygroundPage(page);
  await p.goto();
  await p.type('docker-machine ssh default');
  await p.type('docker network create -d overlay mynet');
  await expect(p.network('mynet')).toBeVisible();
  await p.selectHost('default-3');
  await p.screenshot('dark');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the stepper follows a request hop by hop and marks where the packet is', async ({ page }) => {
  const p = new PlaygroundPage(page);
  await p.goto();
  for (const line of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create --name web --replicas 2 --network mynet nginx',
    'docker run -dit --name c1 --network mynet alpine',
    'docker exec -it c1 sh',
  ]) await p.type(line);
  await expect.poll(() => p.screenText()).toContain('/ # ');
  await p.type('wget -qO- web');
  const stepper = page.getByTestId('stepper');
  await expect(stepper.getByTestId('step-position')).toHaveText(/^Hop 1 of \d+$/);
  await expect(stepper.getByTestId('step-why')).toContainText('asks 127.0.0.11 for web (A)');
  const nodeId = async (name: string) => (await p.member(name).first().locator('xpath=..').getAttribute('data-id')) ?? '';
  await expect(page.getByTestId('packet-marker')).toHaveAttribute('data-at', await nodeId('c1'));
  for (let i = 0; i < 5; i += 1) await stepper.getByTestId('step-next').click();
  await expect(stepper.getByTestId('step-why')).toContainText('IPVS round robin picks');
  await expect(page.getByTestId('packet-marker')).toHaveAttribute('data-at', await nodeId('lb-mynet'));
  await p.screenshot('stepper');
  await p.type('ping web');
  await expect.poll(() => p.screenText(), { timeout: 5000 }).toMatch(/64 bytes from 10\.0\.1\.2: seq=1 /);
  await page.keyboard.press('Control+C');
  await expect.poll(() => p.screenText()).toMatch(/packets transmitted, \d+ packets received, 0% packet loss\n.*\n\/ #\s*$/);
});

test('a 1920 px projector shows map, terminal, stepper and headers side by side without overflow', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const p = new PlaygroundPage(page);
  await p.goto();
  for (const line of ['docker-machine ssh default', 'docker network create -d overlay --attachable mynet', 'docker service create -d --name web --replicas 3 --network mynet traefik/whoami', 'docker run -dit --name c1 --network mynet alpine', 'docker exec -it c1 sh']) await p.type(line);
  await expect.poll(() => p.screenText()).toContain('/ # ');
  await p.type('wget -qO- web');
  const stepper = page.getByTestId('stepper');
  await expect(stepper.getByTestId('step-position')).toHaveText(/^Hop 1 of \d+$/);
  for (let i = 0; i < 5; i += 1) await stepper.getByTestId('step-next').click();
  const side = await page.getByTestId('stepper').boundingBox();
  const canvas = await p.canvas.boundingBox();
  expect(side && canvas && side.x >= canvas.x + canvas.width - 1 && side.width >= 400).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await p.screenshot('projector-1920');
});
