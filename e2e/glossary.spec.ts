import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HopPanelPage } from './pages/HopPanelPage';
import { PlaygroundPage } from './pages/PlaygroundPage';

test.describe.configure({ timeout: 90_000 });

const shots = 'test-results/screenshots';

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A published whoami service and two curls to default-2; the stepper ends on the second one (its task is on default-3). */
async function curlToRemoteTask(p: PlaygroundPage, hop: HopPanelPage, lang: string) {
  await p.goto('three-node', lang);
  for (const line of ['docker-machine ssh default', 'docker service create -d --name web -p 8080:80 --replicas 2 traefik/whoami', 'exit', 'curl http://192.168.99.101:8080', 'curl http://192.168.99.101:8080']) {
    await hop.typeLine(line);
  }
  await expect(p.page.getByTestId('trace-picker')).toHaveValue('1');
  // The fourth interesting hop is the VXLAN encapsulation.
  for (let i = 0; i < 4; i += 1) await p.page.getByTestId('step-next-interesting').click();
  await expect(hop.panel.getByTestId('hop-decision')).toContainText('VXLAN');
}

const open = (page: Page, term: string) => page.locator(`[data-testid="glossary-${term}"]:popover-open`);

test('a term in the hop panel opens its definition, by mouse and by keyboard (English)', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  await curlToRemoteTask(p, hop, 'en');
  await expect(hop.why).toHaveText('vxlan0 wraps the frame in VXLAN, VNI 4096, UDP from 192.168.99.101 to 192.168.99.102:4789');
  await expect(hop.panel.getByTestId('hop-plain')).toHaveText(/^The packet is put in an envelope addressed from this node \(192\.168\.99\.101\)/);

  const vni = hop.why.getByTestId('term-vni');
  await expect(vni).toHaveAccessibleName('VNI');
  await expect(vni).toHaveAttribute('aria-haspopup', 'dialog');
  await vni.click();
  const popover = open(page, 'vni');
  await expect(popover).toBeVisible();
  await expect(popover).toHaveAttribute('role', 'dialog');
  await expect(popover).toHaveAccessibleName('VNI');
  await expect(popover).toContainText('VXLAN Network Identifier: the 24-bit number in the VXLAN header');
  await expect(popover).toBeFocused();
  // Beside its term, not across the page.
  const [termBox, popBox] = [await vni.boundingBox(), await popover.boundingBox()];
  expect(Math.abs((popBox?.y ?? 0) - ((termBox?.y ?? 0) + (termBox?.height ?? 0)))).toBeLessThan(40);
  expect(await seriousViolations(page, '.glossary-popover:popover-open')).toEqual([]);
  expect(await seriousViolations(page, '[data-testid="hop-decision"]')).toEqual([]);
  await page.screenshot({ path: `${shots}/glossary-en.png` });

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(vni).toBeFocused();

  // Keyboard only: Shift+Tab to the term before, Enter opens it, Tab reaches Close, Enter closes it.
  await page.keyboard.press('Shift+Tab');
  const vxlan = hop.why.getByTestId('term-vxlan');
  await expect(vxlan).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open(page, 'vxlan')).toContainText('Each frame gets 50 bytes of extra headers, which is why the overlay MTU is 1450.');
  await page.keyboard.press('Tab');
  await expect(open(page, 'vxlan').getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(open(page, 'vxlan')).toHaveCount(0);
  await expect(vxlan).toBeFocused();
});

test('the glossary speaks Korean, from the hop panel, the stepper and the inspector', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  await curlToRemoteTask(p, hop, 'ko');
  await expect(hop.why).toHaveText('vxlan0이 프레임을 VXLAN(VNI 4096)으로 감쌉니다. UDP 192.168.99.101 -> 192.168.99.102:4789');

  await hop.why.getByTestId('term-vxlan').click();
  const vxlan = open(page, 'vxlan');
  await expect(vxlan).toHaveAccessibleName('VXLAN');
  await expect(vxlan).toContainText('네트워크의 이더넷 프레임을 UDP 패킷(포트 4789)에 담아 머신 사이로 나르는 방식입니다.');
  await expect(vxlan.getByRole('button', { name: '닫기' })).toBeVisible();
  expect(await seriousViolations(page, '.glossary-popover:popover-open')).toEqual([]);
  await page.screenshot({ path: `${shots}/glossary-ko.png` });
  await page.keyboard.press('Escape');
  await expect(vxlan).toHaveCount(0);

  // The plain sentence links its words too: 노드 in the stepper's beginner line.
  const stepperNode = page.getByTestId('stepper').getByTestId('step-plain').getByTestId('term-node');
  await stepperNode.click();
  await expect(open(page, 'node')).toContainText('스웜의 구성원으로 도커를 실행하는 머신 한 대입니다');
  await page.keyboard.press('Escape');

  // An inspector label: the VNI row of a network (the whole cluster in view first: the map does not shrink below legible text).
  await page.getByTestId('fit-all').click();
  await p.network('ingress').click();
  await p.inspector.getByTestId('term-vni').click();
  await expect(open(page, 'vni')).toContainText('VXLAN 헤더에 들어 있는 24비트 번호');
  expect(await seriousViolations(page, '[data-testid="inspector"]')).toEqual([]);
  await page.screenshot({ path: `${shots}/glossary-inspector-ko.png` });
});
