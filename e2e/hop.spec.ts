import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { HopPanelPage } from './pages/HopPanelPage';
import { PlaygroundPage } from './pages/PlaygroundPage';

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** three-node with a published whoami service, and one curl from the laptop (a local task answers). */
async function publishAndCurl(p: PlaygroundPage, hop: HopPanelPage) {
  await p.goto();
  for (const line of ['docker-machine ssh default', 'docker service create -d --name web -p 8080:80 --replicas 2 traefik/whoami', 'exit', 'curl http://192.168.99.101:8080']) {
    await hop.typeLine(line);
  }
  await expect.poll(() => p.screenText()).toContain('RemoteAddr: 10.0.0.3:');
}

test('the routing mesh hop by hop: DOCKER-INGRESS DNAT, IPVS in ingress_sbox, VXLAN 4096, pcapng', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  await publishAndCurl(p, hop);

  await hop.stepUntilRule('-A DOCKER-INGRESS');
  await expect(hop.rule).toHaveText('-A DOCKER-INGRESS -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:8080');
  await expect(hop.why).toHaveText('DOCKER-INGRESS sends port 8080 to the ingress sandbox at 172.18.0.2:8080');
  const dst = hop.field('0:IPv4#0', 'Destination Address');
  await expect(dst).toHaveClass(/changed/);
  await expect(dst).toHaveAccessibleName('Destination Address: 172.18.0.2, changed here, was 192.168.99.101');
  await page.mouse.move(0, 0);
  await dst.focus();
  await expect(hop.hex.locator('.hex-bytes span.hl')).toHaveText(['ac', '12', '00', '02']);
  await hop.hex.locator('[data-byte="22"]').hover();
  await expect(hop.panel.locator('.layers li.active')).toHaveAccessibleName('Time to Live: 64');
  await page.mouse.move(0, 0);
  await expect(hop.panel.locator('.layers li.active')).toHaveCount(0);
  // The same byte in the ASCII column points at the same field.
  await hop.hex.locator('[data-char="23"]').hover();
  await expect(hop.panel.locator('.layers li.active')).toHaveAccessibleName('Protocol: TCP (6)');
  await page.mouse.move(0, 0);
  await dst.focus();
  await page.keyboard.press('ArrowDown');
  await expect(hop.field('0:TCP#0', 'Source Port')).toBeFocused();
  await hop.layer('0:IPv4#0').locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(dst).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(dst).toBeVisible();
  await hop.screenshot('hop-dnat');

  await hop.stepUntilRule('FWM  256 rr');
  await expect(hop.rule).toContainText('-> 10.0.0.6:0');
  await expect(dst).toHaveAccessibleName('Destination Address: 10.0.0.6, changed here, was 172.18.0.2');
  await expect(hop.panel.locator('.hop-decision h3')).toHaveText('Decision');

  // Round robin: the second curl goes to the task on default-3, through VXLAN on the ingress network.
  await hop.typeLine('curl http://192.168.99.101:8080');
  await expect(page.getByTestId('trace-picker')).toHaveValue('1');
  await hop.stepUntilRule('dev vxlan0 dst 192.168.99.102');
  const vxlan = hop.layer('1:VXLAN#0');
  await expect(vxlan.locator('summary')).toContainText('VNI 4096');
  await expect(vxlan.locator('summary')).toHaveAccessibleName(/^outer VXLAN VNI 4096, added at this hop$/);
  await expect(hop.layer('0:Ethernet II#0').locator('summary')).toContainText('inner');
  await expect(hop.field('1:VXLAN#0', 'VNI')).toHaveAccessibleName('VNI: 4096');
  await expect(hop.layer('1:IPv4#0').locator('summary')).toContainText('192.168.99.101 → 192.168.99.102');
  await expect(hop.panel.locator('.layer.added')).toHaveCount(4);
  await hop.screenshot('hop-vxlan');

  const [download] = await Promise.all([page.waitForEvent('download'), hop.panel.getByTestId('download-pcapng').click()]);
  expect(download.suggestedFilename()).toBe('swarm-playground-curl-http-192.168.99.101-8080.pcapng');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 4)]).toEqual([0x0a, 0x0d, 0x0d, 0x0a]);
  expect(bytes.toString('latin1')).toContain('vxlan0 wraps the frame in VXLAN, VNI 4096');

  expect(await seriousViolations(page, '[data-testid="hop-inspector"]')).toEqual([]);
});

test('the send dialog works by keyboard and opens its trace in the stepper and the terminal', async ({ page }) => {
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  await publishAndCurl(p, hop);

  await page.getByTestId('send-open').focus();
  await page.keyboard.press('Enter');
  await expect(hop.dialog).toBeVisible();
  await expect(hop.dialog.getByTestId('send-from')).toBeFocused();
  // With containers running, the dialog sends from one of them; the laptop is the first choice.
  await expect(hop.dialog.getByTestId('send-from')).not.toHaveValue('laptop');
  await page.keyboard.press('Home');
  await expect(hop.dialog.getByTestId('send-from')).toHaveValue('laptop');
  await page.keyboard.press('Tab');
  await page.keyboard.type('192.168.99.102');
  await page.keyboard.press('Tab');
  await expect(hop.dialog.getByTestId('send-icmp')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(hop.dialog.getByTestId('send-tcp')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('8080');
  await expect(hop.dialog.getByTestId('send-note')).toHaveText('Runs in the terminal: curl http://192.168.99.102:8080');
  await hop.screenshot('send-dialog');
  expect(await seriousViolations(page, '[data-testid="send-dialog"]')).toEqual([]);
  await page.keyboard.press('Enter');

  await expect(hop.dialog).toBeHidden();
  await expect.poll(() => p.screenText()).toContain('$ curl http://192.168.99.102:8080\nHostname: ');
  await expect(page.getByTestId('trace-picker')).toHaveValue('1');
  await expect(hop.panel.getByTestId('download-pcapng')).toHaveAccessibleName('Download the trace of curl http://192.168.99.102:8080 as a pcapng capture');

  // UDP has no tool: the engine sends it, and Escape leaves the dialog without sending.
  await page.getByTestId('send-open').click();
  await hop.dialog.getByTestId('send-from').selectOption({ label: 'the laptop (192.168.99.1)' });
  await hop.dialog.getByTestId('send-to').fill('192.168.99.100');
  await hop.dialog.getByTestId('send-udp').check();
  await expect(hop.dialog.getByTestId('send-note')).toHaveText(/traffic engine sends it directly/);
  await page.keyboard.press('Escape');
  await expect(hop.dialog).toBeHidden();
  await expect(page.getByTestId('trace-picker').locator('option')).toHaveCount(2);

  // A drop is explained where decisions are.
  await page.getByTestId('send-open').click();
  await hop.dialog.getByTestId('send-icmp').check();
  await hop.dialog.getByTestId('send-to').fill('192.168.99.50');
  await hop.dialog.getByTestId('send-submit').click();
  await hop.stepToEnd();
  await expect(hop.panel.locator('.hop-decision.dropped h3')).toHaveText('Dropped here');
  await expect(hop.why).toHaveText('no endpoint has 192.168.99.50: nobody answers ARP');
  await hop.screenshot('hop-drop');
});

test('narrow and dark: a ping sent from the dialog, its drop-free path readable, no serious violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 800 });
  const p = new PlaygroundPage(page);
  const hop = new HopPanelPage(page);
  await p.goto();
  await expect(hop.panel).toContainText('Step through a trace');
  await page.getByTestId('send-open').click();
  await hop.dialog.getByTestId('send-to').fill('192.168.99.102');
  await hop.dialog.getByTestId('send-submit').click();
  await expect.poll(() => p.screenText()).toContain('$ ping -c 1 192.168.99.102\nPING 192.168.99.102');
  await expect(hop.why).toHaveText('192.168.99.1 sends a icmp packet to 192.168.99.102');
  await expect(hop.panel.locator('.layers li.changed')).toHaveCount(0);
  await page.getByTestId('step-next').click();
  await page.getByTestId('step-next').click();
  await expect(hop.layer('0:ICMP#0').locator('summary')).toContainText('Echo (ping) request');
  await hop.screenshot('hop-dark-narrow');
  expect(await seriousViolations(page, '[data-testid="hop-inspector"]')).toEqual([]);
});
