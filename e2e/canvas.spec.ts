import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CanvasPage } from './pages/CanvasPage';

const SETUP = [
  'docker-machine ssh default',
  'docker network create -d overlay --attachable mynet',
  'docker service create -d --name web --replicas 3 --network mynet nginx',
];

async function seriousViolations(page: Page, include: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('an LB sandbox shows its IPVS table with the three backends; a namespace and a node show the FDB', async ({ page }) => {
  const p = new CanvasPage(page);
  await p.goto();
  await p.run(...SETUP);
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
  await expect(p.overlayNs('default-2', 'mynet')).toContainText('br0 · vxlan0');
  await p.overview();
  await page.getByRole('group', { name: 'Load balancer sandbox lb-mynet on default', exact: true }).click();
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText('lb-mynet');
  const ipvs = p.inspector.getByTestId('inspector-ipvs');
  await expect(ipvs).toContainText('FWM  256 rr');
  expect((await ipvs.innerText()).match(/^ {2}-> 10\.0\.1\.\d+:0 +Masq {4}1 {6}0 {10}0$/gm)).toHaveLength(3);
  await p.screenshot('inspector-ipvs');
  await p.overlayNs('default-2', 'mynet').click();
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText('mynet · default-2');
  await expect(p.inspector.getByTestId('inspector-fdb')).toContainText(/02:42:0a:00:01:[0-9a-f]{2} dev vxlan0 dst 192\.168\.99\.100 link-netnsid 0 self permanent/);
  await p.selectHost('default-3');
  await expect(p.inspector.getByTestId('inspector-fdb').first()).toContainText('dev vxlan0 dst 192.168.99.100 link-netnsid 0 self permanent');
  await expect(p.inspector.getByTestId('inspector-arp').first()).toContainText(/10\.0\.0\.2 dev vxlan0 lladdr 02:42:0a:00:00:02 PERMANENT/);
  await p.screenshot('inspector-fdb');
});

test('the table view lists a task with its address, and selecting it fills the inspector', async ({ page }) => {
  const p = new CanvasPage(page);
  await p.goto();
  await p.run(...SETUP);
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
  await p.showTable();
  const members = p.canvas.getByTestId('table-members');
  await expect(members.locator('caption')).toHaveText('Containers, tasks and sandboxes with their addresses on each network');
  const web1 = members.locator('tr[data-testid^="row-web.1."]');
  await expect(web1).toContainText(/10\.0\.1\.\d+ mynet/);
  await expect(p.canvas.getByTestId('table-networks')).toContainText('4097');
  await expect(p.canvas.getByTestId('table-nodes')).toContainText('172.18.0.1/16');
  await web1.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText(/^web\.1\./);
  await p.screenshot('table-view');
  expect(await seriousViolations(page, '[data-testid="canvas"]')).toEqual([]);
  await p.showMap();
  await expect(p.host('default')).toBeVisible();
});

test('a dragged node stays where it was dropped when a command changes the world', async ({ page }) => {
  const p = new CanvasPage(page);
  await p.goto();
  const before = await p.flowPosition('host:default-2');
  await p.drag(p.host('default-2').locator('.host-title'), 0, 140);
  const dropped = await p.flowPosition('host:default-2');
  expect(dropped.y).toBeGreaterThan(before.y + 50);
  await p.run('docker-machine ssh default', 'docker network create -d overlay mynet', 'docker service create -d --name web --replicas 3 --network mynet nginx');
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
  expect(await p.flowPosition('host:default-2')).toEqual(dropped);
  expect(await p.flowPosition('host:default')).toEqual({ x: 0, y: 0 });
  await p.screenshot('dragged-node');
});

test('the underlay lens shows VTEPs with their VNIs and UDP 4789 tunnels; zoom and legend are labelled', async ({ page }) => {
  const p = new CanvasPage(page);
  await p.goto();
  await p.run(...SETUP);
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
  await page.getByTestId('lens-underlay').click();
  await expect(p.overlayNs('default', 'mynet')).toContainText('VTEP vxlan0');
  await expect(p.overlayNs('default', 'mynet')).toContainText('VNI 4097');
  await expect(p.canvas.locator('.react-flow__edge-text', { hasText: 'UDP 4789 · VNI 4096, 4097' })).toHaveCount(3);
  await expect(page.getByRole('group', { name: /^VXLAN tunnel endpoint vxlan0 of mynet on default-2, VNI 4097/ })).toHaveCount(1);
  await expect(p.canvas.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(p.canvas.getByRole('button', { name: 'Fit the whole cluster in view' })).toBeVisible();
  await p.canvas.getByTestId('legend-toggle').click();
  await expect(p.canvas.getByTestId('legend')).toContainText('VXLAN tunnel between nodes');
  const fitted = await p.zoom();
  await p.canvas.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => p.zoom()).toBeGreaterThan(fitted * 1.1);
  await p.canvas.getByRole('button', { name: 'Fit the whole cluster in view' }).click();
  await expect.poll(() => p.zoom()).toBeLessThanOrEqual(fitted);
  await p.screenshot('underlay-vteps');
  expect(await seriousViolations(page, '[data-testid="canvas"]')).toEqual([]);
});

test('Korean in dark mode: namespace details and the table view read well', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const p = new CanvasPage(page);
  await p.goto('three-node', 'ko');
  await p.run(...SETUP);
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
  await p.overview();
  await p.overlayNs('default', 'mynet').click();
  await expect(p.inspector).toContainText('오버레이 네임스페이스');
  await expect(p.inspector.getByTestId('inspector-arp')).toContainText('dev vxlan0 lladdr');
  await p.screenshot('dark-ko-namespace');
  expect(await seriousViolations(page, '[data-testid="inspector"]')).toEqual([]);
  await p.showTable();
  await expect(p.canvas.getByTestId('table-nodes').locator('caption')).toHaveText('노드와 언더레이, docker_gwbridge 주소');
  await p.screenshot('dark-ko-table');
  expect(await seriousViolations(page, '[data-testid="canvas"]')).toEqual([]);
});

test('on a 360 px screen the switch stays reachable and the tables scroll inside the canvas area', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const p = new CanvasPage(page);
  await p.goto('seed-2017');
  await p.canvas.getByTestId('view-map').focus();
  await page.keyboard.press('Tab');
  await expect(p.canvas.getByTestId('view-table')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(p.canvas.getByTestId('topology-table')).toBeVisible();
  await expect(p.canvas.getByTestId('table-networks')).toContainText('10.255.0.0/16');
  const area = await p.canvas.boundingBox();
  const table = await p.canvas.getByTestId('topology-table').boundingBox();
  expect(area && table && table.y + table.height <= area.y + area.height + 1).toBe(true);
  await p.screenshot('narrow-table');
});
