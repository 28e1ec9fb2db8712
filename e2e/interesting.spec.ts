import { expect, test } from '@playwright/test';
import { HopPanelPage } from './pages/HopPanelPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { StepperPanel } from './pages/StepperPanel';

test.describe.configure({ timeout: 90_000 });

/** Two curls from the laptop to default-2's published port: the second goes to the task on default-3. */
async function twoCurls(p: PlaygroundPage, hop: HopPanelPage, lang: string) {
  await p.goto('three-node', lang);
  for (const line of ['docker-machine ssh default', 'docker service create -d --name web -p 8080:80 --replicas 2 traefik/whoami', 'exit', 'curl http://192.168.99.101:8080', 'curl http://192.168.99.101:8080']) {
    await hop.typeLine(line);
  }
  await expect(p.page.getByTestId('trace-picker')).toHaveValue('1');
}

test('next interesting hop tells the 48-hop routing-mesh curl in eight stops, by button and by Shift+arrows', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  const s = new StepperPanel(page);
  await twoCurls(p, hop, 'en');
  await expect(s.position).toHaveText('Hop 1 of 48');
  const next = s.root.getByTestId('step-next-interesting');
  const prev = s.root.getByTestId('step-prev-interesting');
  await expect(next).toHaveAccessibleName('Next interesting hop (Shift+→)');
  await expect(prev).toBeDisabled();

  const seen: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    await next.click();
    seen.push(`${await s.position.textContent()} ${await s.current().locator('td').nth(4).textContent()}`);
  }
  expect(seen).toEqual([
    'Hop 3 of 48 DNAT',
    'Hop 5 of 48 IPVS',
    'Hop 6 of 48 SNAT',
    'Hop 8 of 48 VXLAN encap',
    'Hop 10 of 48 VXLAN decap',
    'Hop 12 of 48 REDIRECT',
    'Hop 13 of 48 deliver',
    'Hop 24 of 48 deliver',
  ]);
  await expect(next).toBeDisabled();
  await expect(s.root.getByTestId('step-plain')).toHaveText('The answer is back at 192.168.99.1: the round trip is done.');

  // Back with the keyboard, from outside the terminal.
  await prev.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(s.position).toHaveText('Hop 13 of 48');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(s.position).toHaveText('Hop 10 of 48');
  await expect(hop.why).toHaveText('vxlan0 removes the VXLAN header (VNI 4096)');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(s.position).toHaveText('Hop 12 of 48');
  await page.keyboard.press('ArrowRight');
  await expect(s.position).toHaveText('Hop 13 of 48');
  await page.screenshot({ path: 'test-results/screenshots/interesting-en.png' });
});

test('the interesting-hop buttons speak Korean', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  const s = new StepperPanel(page);
  await twoCurls(p, hop, 'ko');
  const next = s.root.getByTestId('step-next-interesting');
  await expect(next).toHaveAccessibleName('다음 눈여겨볼 홉 (Shift+→)');
  await next.click();
  await next.click();
  await expect(s.position).toHaveText('홉 5 / 48');
  await expect(s.root.getByTestId('step-plain')).toHaveText('172.18.0.2:8080으로 온 요청은 서비스의 컨테이너들이 나눠 받습니다. 로드 밸런서가 돌아가며 그중 하나인 10.0.0.7을 고릅니다.');
  await page.screenshot({ path: 'test-results/screenshots/interesting-ko.png' });
});
