import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { expectNothingRan, payloadScenario, payloads, returning, shareFragment, watch } from './pages/payloadSession';
import { TerminalPage } from './pages/TerminalPage';

/** Markup and script a learner (or a link) might plant; each sets window.__pwned if it ever runs. */
const net = '<svg onload=window.__pwned=1>';
const ctr = '<img src=x onerror=window.__pwned=2>';
const label = 'x=<script>window.__pwned=3</script>';
const host = '<iframe src=javascript:window.__pwned=4>';
const svc = 'javascript:window.__pwned=5';
const env = 'A=<img src=y onerror=alert(6)>';

test.describe.configure({ timeout: 120_000 });

/** Opens a scenario and waits for the map (generous: the map's chunk loads after first paint). */
async function open(page: Page, query: string) {
  await page.goto(`/?${query}`);
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('terminal').locator('.xterm-helper-textarea')).toBeAttached({ timeout: 30_000 });
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

/** What a session carrying payloads must show: the payloads as text in the terminal, stepper, lesson panel, inspector and exports. */
async function expectPayloadsAsText(page: Page, violations: readonly string[], shot: string) {
  const p = new TerminalPage(page);
  await expect(p.network('paynet')).toBeVisible({ timeout: 30_000 });
  // The terminal wraps long rows: compare without the row breaks.
  const screen = async () => (await p.screenText()).replace(/\n/g, '');
  await expect.poll(screen, { timeout: 20_000 }).toContain(`${payloads.arg} ${payloads.url}`);
  await expect.poll(screen).toContain(`hostname${payloads.host}`);
  await expect.poll(screen).toContain(`ping: bad address '${payloads.name}'`);
  await expect(page.getByTestId('stepper').locator('.stepper-command')).toContainText(`ping -c 1 ${payloads.name}`);
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
  // The inspector of the container holding the hostname, env and label payloads.
  await p.overview();
  await p.member('payc').locator('.member-name').click();
  await expect(p.inspector.getByTestId('inspector-title')).toHaveText('payc');
  // Titles and tooltips: any that carry a payload carry it whole, as text.
  const titles = await page.locator('[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  for (const t of titles.filter((x) => x.includes('<'))) expect(Object.values(payloads).some((v) => t.includes(v))).toBe(true);
  await page.screenshot({ path: `test-results/screenshots/${shot}.png` });

  // Exports: the file names are safe, the session file keeps the text, the pictures escape it.
  await page.getByTestId('share-open').click();
  const share = page.getByTestId('share-dialog');
  const read = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), share.getByTestId(testId).click()]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  };
  const exported = await read('share-export');
  expect(exported.name).toBe('swarm-playground-img-src-x-onerror-window.__pwned-8.json');
  expect(JSON.parse(exported.text).name).toBe(payloads.name);
  const trace = await read('picture-trace');
  expect(trace.name).toMatch(/^swarm-playground-[A-Za-z0-9._-]+\.svg$/);
  expect(trace.text).toContain('ping -c 1 &lt;img src=x onerror=window.__pwned=8&gt;');
  const map = await read('picture-map-svg');
  for (const svg of [trace.text, map.text]) {
    expect(/<(img|script|iframe)\b/i.test(svg), 'an element made from a payload').toBe(false);
    // Each is well-formed SVG a browser reads as an image, with no script in it.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, scripts: doc.querySelectorAll('script, img, iframe, [onload], [onerror]').length };
    }, svg);
    expect(parsed).toEqual({ error: false, scripts: 0 });
  }
  await page.keyboard.press('Escape');
  await expectNothingRan(page);
  expect(violations).toEqual([]);
}

test('a share link carrying markup opens as text', async ({ page }) => {
  const violations = watch(page);
  await returning(page);
  await page.goto(`/?lang=en#${shareFragment(payloadScenario())}`);
  await expectPayloadsAsText(page, violations, 'payloads-share-link');
});

test('an autosave carrying markup is restored as text', async ({ page }) => {
  const violations = watch(page);
  await returning(page);
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, ['swarm-playground:session', JSON.stringify(payloadScenario())] as const);
  await page.goto('/?lang=en');
  await expectPayloadsAsText(page, violations, 'payloads-autosave');
});

test('an imported file carrying markup (picked and dropped) opens as text; a bad one is refused in words', async ({ page }) => {
  const violations = watch(page);
  await returning(page);
  await open(page, 'scenario=three-node&lang=en');
  await page.getByTestId('share-open').click();
  const share = page.getByTestId('share-dialog');
  // A file whose name and bad field are markup: refused, the reason shown as text.
  const bad = { ...payloadScenario(), machines: [{ name: payloads.name, ip: '192.168.99.100' }] };
  await share.getByTestId('share-import').setInputFiles({ name: `${payloads.name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(share.getByTestId('share-message')).toContainText('Nothing was imported: scenario: ');
  await expectNothingRan(page);
  await share.getByTestId('share-import').setInputFiles({ name: `${payloads.host}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(payloadScenario())) });
  await page.keyboard.press('Escape');
  await expectPayloadsAsText(page, violations, 'payloads-import');

  // Dropped on the page: the same file opens the same way.
  await open(page, 'scenario=three-node&lang=en');
  const dropped = payloadScenario();
  const text = JSON.stringify({ ...dropped, log: [...dropped.log, { op: 'type', tab: 0, line: `echo dropped '${payloads.label}'` }] });
  const data = await page.evaluateHandle(([t, n]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    return dt;
  }, [text, `${payloads.name}.json`] as const);
  await page.locator('div.playground').dispatchEvent('dragover', { dataTransfer: data });
  await page.locator('div.playground').dispatchEvent('drop', { dataTransfer: data });
  await expect.poll(async () => (await new TerminalPage(page).screenText()).replace(/\n/g, ''), { timeout: 20_000 }).toContain(`dropped ${payloads.label}`);
  await expectNothingRan(page);
  expect(violations).toEqual([]);
});

test('lesson and embed options carrying markup are ignored; markup typed during a lesson stays text', async ({ page }) => {
  const violations = watch(page);
  const x = encodeURIComponent(payloads.host);
  await open(page, `embed=1&scenario=three-node&view=${x}&theme=${x}&step=${x}&origin=${encodeURIComponent(payloads.url)}&readonly=${x}&autoplay=${x}&lang=en`);
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await open(page, `lesson=${x}&lang=${x}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const p = new TerminalPage(page);
  await open(page, 'lesson=overlay-discovery&lang=en');
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
  await p.enter(`echo '${payloads.arg}'`);
  await expect.poll(async () => (await p.screenText()).replace(/\n/g, '')).toContain(`'${payloads.arg}'${payloads.arg}`);
  await expect(page.getByTestId('lesson-panel')).toContainText('Step 1 of');
  await expectNothingRan(page);
  expect(violations).toEqual([]);
});

test('postMessage from the host page: markup in lines, steps and loaded sessions stays text; bad messages are refused in one line', async ({ page, baseURL }) => {
  const violations = watch(page);
  // A host page on another origin (another loopback port, served by the test), embedding the playground and taking its events.
  const port = Number(process.env.E2E_PORT ?? 4173) + 1500;
  const blog = `http://127.0.0.1:${port}`;
  const app = `${baseURL ?? ''}/?embed=1&scenario=three-node&lang=en&origin=${encodeURIComponent(blog)}`;
  const html = `<!doctype html><title>post</title><iframe id="f" src="${app}" width="1000" height="700"></iframe><script>
    window.events = [];
    addEventListener('message', (e) => { if (e.source === document.getElementById('f').contentWindow) window.events.push(e.data); });
    window.send = (m) => document.getElementById('f').contentWindow.postMessage(m, '*');
  </script>`;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  page.once('close', () => server.close());
  await page.goto(`${blog}/post.html`);
  const events = () => page.evaluate(() => (window as unknown as { events: { type: string; error?: string }[] }).events);
  await expect.poll(async () => (await events()).some((e) => e.type === 'swarm-playground:ready'), { timeout: 30_000 }).toBe(true);
  const send = (m: unknown) => page.evaluate((x) => (window as unknown as { send: (m: unknown) => void }).send(x), m);
  const frame = page.frameLocator('#f');
  const run = (line: string) => send({ type: 'swarm-playground:run', line });
  for (const line of ['docker-machine ssh default', `docker network create -d overlay --attachable --label '${payloads.label}' pmnet`, `docker run -dit --name pm --hostname '${payloads.host}' --network pmnet alpine`, 'docker exec -it pm sh', `echo '${payloads.arg}'`, `ping -c 1 '${payloads.name}'`]) {
    await run(line);
    await expect.poll(async () => (await events()).filter((e) => e.type === 'swarm-playground:command').length > 0).toBe(true);
  }
  const screen = async () => (await frame.getByTestId('terminal').locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ').replace(/\n/g, '');
  await expect.poll(screen, { timeout: 20_000 }).toContain(`ping: bad address '${payloads.name}'`);
  expect(await screen()).toContain(`'${payloads.arg}'${payloads.arg}`);
  await expect(frame.getByTestId('network-pmnet')).toBeVisible();

  // Malformed messages, with markup where the API expects text or numbers: each refused in one line.
  await send({ type: 'swarm-playground:run', line: `echo a\n${payloads.arg}` });
  await send({ type: 'swarm-playground:step', to: payloads.host });
  await send({ type: 'swarm-playground:load', scenario: payloads.name });
  await send({ type: `swarm-playground:${payloads.arg}` });
  await send(JSON.parse(`{"type":"swarm-playground:load","scenario":{"__proto__":{"polluted":"${payloads.url}"},"constructor":"${payloads.label.replace(/"/g, '')}"}}`));
  await expect.poll(async () => (await events()).filter((e) => e.type === 'swarm-playground:error').length).toBe(5);
  for (const e of (await events()).filter((x) => x.type === 'swarm-playground:error')) expect(String(e.error)).toMatch(/^[^\n]+$/);
  expect(await page.frames()[1]?.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

  // A whole session carrying markup, loaded through the API, opens as text.
  await send({ type: 'swarm-playground:load', scenario: payloadScenario() });
  await expect.poll(screen, { timeout: 30_000 }).toContain(`${payloads.arg} ${payloads.url}`);
  await expect(frame.getByTestId('network-paynet')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/payloads-post-message.png' });
  await expectNothingRan(page);
  expect(violations).toEqual([]);
});
