import { expect, test } from '@playwright/test';
import { PicturePage } from './pages/PicturePage';

test.describe.configure({ timeout: 90_000 });

/** c1 on default, three whoami tasks on mynet; returns the address of the task on default-2. */
async function crossNodeSetup(p: PicturePage): Promise<string> {
  for (const line of [
    'docker-machine ssh default',
    'docker network create -d overlay --attachable mynet',
    'docker service create -d --name web --network mynet --replicas 3 traefik/whoami',
    'docker run -dit --name c1 --network mynet alpine',
    'docker service ps web',
  ]) await p.enter(line);
  await expect.poll(() => p.screenText()).toMatch(/web\.\d +traefik\/whoami:latest +default-2 /);
  const task = /(web\.\d) +traefik\/whoami:latest +default-2 /.exec(await p.screenText())?.[1] ?? '';
  const ip = (await p.canvas.locator(`[data-testid^="member-${task}."] .chip-ip`).first().textContent()) ?? '';
  await p.enter('docker exec -it c1 sh');
  await expect.poll(() => p.screenText()).toContain('/ # ');
  return ip;
}

test('a cross-node ping: the packet is wrapped at vxlan0, crosses the tunnel between nodes, and is unwrapped on the receiving node', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const p = new PicturePage(page);
  await p.open('scenario=three-node&lang=en');
  const ip = await crossNodeSetup(p);
  await p.enter(`ping -c 1 ${ip}`);
  await expect(p.stepper.marker).toBeVisible();
  // Following on (the default): the camera keeps the packet in view at every hop.
  const s = p.stepper;
  await p.unfocus();
  for (const hop of ['bridge', 'VXLAN encap', 'underlay', 'VXLAN decap']) {
    await s.pressUntil('ArrowRight', hop);
    await p.markerCentre();
    await expect(s.marker).toBeInViewport();
    // The dot rides a border: it never hides a name, an address or a VNI.
    expect(await p.textUnderMarker()).toEqual([]);
  }
  await p.shot('ping-followed');
  // A narrower window re-fits the map: the packet being followed stays in the middle of the pane (where the
  // camera keeps it), not wherever the fit leaves it.
  await page.setViewportSize({ width: 1000, height: 560 });
  await expect.poll(async () => {
    const pane = await p.canvas.locator('.react-flow').boundingBox();
    const dot = await s.marker.boundingBox();
    if (!pane || !dot) return 'not drawn';
    const x = (dot.x + dot.width / 2 - pane.x) / pane.width;
    const y = (dot.y + dot.height / 2 - pane.y) / pane.height;
    return x >= 0.15 && x <= 0.85 && y >= 0.15 && y <= 0.85 ? 'in the middle' : `at ${x.toFixed(2)}, ${y.toFixed(2)} of the pane`;
  }).toBe('in the middle');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(s.marker).toBeInViewport();
  // Following off: a still camera, so screen positions compare.
  await page.getByTestId('follow-packet').uncheck();
  await p.unfocus();
  await s.pressUntil('ArrowLeft', 'bridge');
  const bridge = await p.markerCentre();
  await p.shot('ping-bridge');
  await s.pressUntil('ArrowRight', 'VXLAN encap');
  const encap = await p.markerCentre();
  await expect(page.getByTestId('packet-envelope')).toHaveText('VXLAN VNI 4097 · 192.168.99.100 → 192.168.99.101');
  await p.shot('ping-encap');
  await s.pressUntil('ArrowRight', 'underlay');
  const wire = await p.markerCentre();
  await expect(page.getByTestId('tunnel-in-use')).toBeAttached();
  await p.shot('ping-underlay');
  await s.pressUntil('ArrowRight', 'VXLAN decap');
  const decap = await p.markerCentre();
  await p.shot('ping-decap');
  const far = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y) > 20;
  expect(far(bridge, encap) && far(encap, wire) && far(bridge, wire)).toBe(true);
  const sender = await p.flowNode('host:default').boundingBox();
  const receiver = await p.flowNode('host:default-2').boundingBox();
  if (!sender || !receiver) throw new Error('hosts not on screen');
  // On the wire the packet is between the nodes, below them; after decapsulation it is on the receiving node.
  expect(wire.x).toBeGreaterThan(sender.x + sender.width / 2);
  expect(wire.x).toBeLessThan(receiver.x + receiver.width / 2);
  expect(decap.x).toBeGreaterThan(receiver.x);
  expect(decap.x).toBeLessThanOrEqual(receiver.x + receiver.width + 2);
  expect(decap.y).toBeGreaterThan(receiver.y);
  expect(decap.y).toBeLessThan(receiver.y + receiver.height);
  // The underlay lens: the same travel, along the highlighted tunnel.
  await page.getByTestId('follow-packet').check();
  await page.getByTestId('lens-underlay').click();
  await s.pressUntil('ArrowLeft', 'underlay');
  await expect(page.getByTestId('tunnel-in-use')).toBeAttached();
  await p.shot('ping-underlay-lens');
});

test('a routing-mesh curl from the laptop starts on the map, at the laptop', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const p = new PicturePage(page);
  await p.open('scenario=three-node&lang=en');
  await p.enter('docker-machine ssh default');
  await p.enter('docker service create -d --name web -p 8080:80 --replicas 2 nginx');
  await p.enter('exit');
  await expect.poll(() => p.screenText()).toMatch(/~\$ exit\s+\$ /);
  await p.enter('curl -s http://192.168.99.101:8080/ | head -1');
  await expect(p.stepper.marker).toHaveAttribute('data-at', 'laptop');
  const laptop = await p.canvas.getByTestId('outside-laptop').boundingBox();
  expect(laptop).not.toBeNull();
  await expect(p.canvas.getByTestId('outside-laptop')).toContainText('192.168.99.1/24');
  await expect(p.canvas.getByTestId('outside-laptop')).toBeInViewport();
  await p.shot('curl-laptop');
  await p.unfocus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await p.markerCentre();
  await p.shot('curl-underlay');
});

/** The seed world with one service on an overlay, as a class would start. */
async function oneService(p: PicturePage) {
  await p.enter('docker-machine ssh default');
  await p.enter('docker network create -d overlay mynet');
  await p.enter('docker service create -d --name web --network mynet --replicas 3 nginx');
  await expect(p.canvas.locator('[data-testid^="member-web."]')).toHaveCount(3);
}

test('presentation mode at 1920x1080: map text at least 18 px, large side panel and terminal, fewer controls', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const p = new PicturePage(page);
  await p.open('scenario=three-node&lang=en&present=1');
  await oneService(p);
  await page.waitForTimeout(400);
  expect(await p.smallestMapText()).toBeGreaterThanOrEqual(17.99);
  await expect(page.getByTestId('present')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('scenario-picker')).toBeHidden();
  await expect(page.getByTestId('reset')).toBeHidden();
  expect(await p.terminal.locator('.xterm-rows').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
  expect(await p.coveredContent()).toEqual([]);
  await p.shot('present-1920');
  // Leaving presentation mode: the normal text size, the controls back.
  await page.getByTestId('present').click();
  await expect(page.getByTestId('scenario-picker')).toBeVisible();
  await page.waitForTimeout(400);
  expect(await p.smallestMapText()).toBeGreaterThanOrEqual(13.99);
  // The text size control works outside presentation mode too.
  await page.getByTestId('text-larger').click();
  await page.waitForTimeout(400);
  expect(await p.smallestMapText()).toBeGreaterThanOrEqual(15.99);
});

for (const [width, height] of [[1366, 768], [1440, 900], [1920, 1080], [360, 740]] as const) {
  test(`at ${width} px no control covers the map's content`, async ({ page }) => {
    // Known: at 360 px the lesson panel's grid rows (lesson.css) and the phone sheet (phone.css) disagree, and a
    // control ends over the first host's addresses. Open in issue 9; fix the two grids together.
    await page.setViewportSize({ width, height });
    const p = new PicturePage(page);
    await p.open('scenario=three-node&lang=en');
    await oneService(p);
    await p.enter('docker run -dit --name c1 --network mynet alpine');
    await page.waitForTimeout(400);
    expect(await p.coveredContent()).toEqual([]);
    expect(await p.smallestMapText()).toBeGreaterThanOrEqual(13.99);
    await p.shot(`controls-${width}`);
  });
}

test('a 360x740 phone: the map, the step controls and the hop sentence together; tables scroll sideways; big tap targets', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const p = new PicturePage(page);
  await p.open('scenario=three-node&lang=en');
  await p.enter('docker-machine ssh default');
  await p.enter('docker node ls');
  await expect.poll(() => p.screenText()).toMatch(/ID +HOSTNAME +STATUS +AVAILABILITY +MANAGER STATUS +ENGINE VERSION/);
  expect(await p.terminal.locator('.terminal-panel, .terminal-stack').first().evaluate(() => {
    const panel = document.querySelector('.terminal-panel') as HTMLElement;
    return panel.scrollWidth > panel.clientWidth;
  })).toBe(true);
  await p.enter('docker network create -d overlay --attachable mynet');
  await p.enter('docker run -dit --name c1 --network mynet alpine');
  await p.enter('docker exec -it c1 sh');
  await p.enter('ping -c 1 c1');
  await expect(p.stepper.marker).toBeAttached();
  await page.evaluate(() => window.scrollTo(0, 0));
  await p.stepper.root.getByTestId('step-next').click();
  await p.shot('phone-360');
  await expect(p.canvas.locator('.react-flow')).toBeInViewport({ ratio: 0.9 });
  await expect(p.stepper.root.getByTestId('step-next')).toBeInViewport();
  await expect(p.stepper.why).toBeInViewport();
  await expect(p.stepper.marker).toBeInViewport();
  expect(await p.smallTargets(44)).toEqual([]);
  await p.shot('phone-360');
});
