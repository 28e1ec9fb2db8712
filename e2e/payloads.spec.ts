import { expect, test, type Page } from '@playwright/test';
import { TerminalPage } from './pages/TerminalPage';

/** Markup and script a learner (or a link) might plant; each sets window.__pwned if it ever runs. */
const net = '<svg onload=window.__pwned=1>';
const ctr = '<img src=x onerror=window.__pwned=2>';
const label = 'x=<script>window.__pwned=3</script>';
const host = '<iframe src=javascript:window.__pwned=4>';
const svc = 'javascript:window.__pwned=5';
const env = 'A=<img src=y onerror=alert(6)>';

/** Fails the test on any dialog, and collects CSP violations the page reports. */
test.describe.configure({ timeout: 120_000 });

function watch(page: Page) {
  const violations: string[] = [];
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** Opens a scenario and waits for the map (generous: the map's chunk loads after first paint). */
async function open(page: Page, query: string) {
  await page.goto(`/?${query}`);
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('terminal').locator('.xterm-helper-textarea')).toBeAttached({ timeout: 30_000 });
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('#root img[src="x"], #root img[src="y"], #root svg[onload], #root iframe, #root script')).toHaveCount(0);
}

test('the built page runs under a Content-Security-Policy that refuses inline script', async ({ page }) => {
  const violations = watch(page);
  const p = new TerminalPage(page);
  await open(page, 'scenario=three-node&lang=en');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  await p.enter('docker-machine ssh default');
  await p.expectLastRow('docker@default:~$');
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = "inline"';
        document.body.append(s);
      }),
  );
  expect(refused).toMatch(/^script-src/);
  await expectNothingRan(page);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('names, labels, hostnames and env typed in the terminal show as text everywhere', async ({ page }) => {
  const violations = watch(page);
  const p = new TerminalPage(page);
  await open(page, 'scenario=three-node&lang=en');
  await p.enter('docker-machine ssh default');
  // Docker refuses markup as a network, container or service name, in its own words.
  await p.enter(`docker network create -d overlay --attachable '${net}'`);
  await p.enter(`docker run -dit --name '${ctr}' alpine`);
  await p.enter(`docker service create -d --name '${svc}' nginx`);
  await expect.poll(() => p.screenText()).toContain('name must be valid as a DNS name component');
  await expect.poll(() => p.screenText()).toContain(`Invalid container name (${ctr})`);
  // Where Docker takes any text (labels, hostnames, env, arguments), it stays text.
  await p.enter(`docker network create -d overlay --attachable --label '${label}' paynet`);
  await p.enter(`docker run -dit --name payc --hostname '${host}' -e '${env}' --network paynet alpine`);
  await p.enter('docker run -dit --name c1 --network paynet alpine');
  await p.enter('docker exec -it payc sh');
  await p.enter(`ping -c 1 '${ctr}'`);
  await p.expectLastRow('/ #');

  // Terminal: the typed text comes back as text.
  await expect.poll(() => p.screenText()).toContain(`ping -c 1 '${ctr}'`);
  // Map: the network with its name.
  await expect(p.network('paynet')).toContainText('paynet');
  // Stepper: the ping's DNS trace is listed by its command, payload and all.
  await expect(page.getByTestId('stepper').locator('.stepper-command')).toContainText(`ping -c 1 ${ctr}`);
  await page.screenshot({ path: 'test-results/screenshots/payloads-as-text.png' });
  await expectNothingRan(page);
  expect(violations).toEqual([]);
});

test('URL options carrying markup are ignored as text', async ({ page }) => {
  watch(page);
  const payload = encodeURIComponent('<img src=x onerror=window.__pwned=7>');
  await open(page, `scenario=${payload}&lang=${payload}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const name of ['constructor', '__proto__', 'toString', 'valueOf']) {
    await open(page, `scenario=${name}`);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('three-node');
  }
  await expectNothingRan(page);
});
