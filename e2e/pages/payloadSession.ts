import { expect, type Page } from '@playwright/test';
import LZString from 'lz-string';

/** Markup and script a file, link, save or host page might carry; each sets window.__pwned if it ever runs. */
export const payloads = {
  name: '<img src=x onerror=window.__pwned=8>',
  label: 'k=<script>window.__pwned=9</script>',
  host: '"><svg onload=window.__pwned=10>',
  env: 'B=<img src=y onerror=alert(11)>',
  arg: '<svg><script>window.__pwned=12</script></svg>',
  url: 'javascript:window.__pwned=13',
} as const;

/**
 * The lines the session replays: where Docker takes any text (labels, hostnames, env, arguments), payloads go in.
 * The first four set the scenario up (`commands`), the rest are typed in the terminal (the `log`, shown there).
 */
export const payloadCommands = [
  'docker-machine ssh default',
  `docker network create -d overlay --attachable --label '${payloads.label}' paynet`,
  `docker run -dit --name payc --hostname '${payloads.host}' -e '${payloads.env}' --network paynet alpine`,
  'docker run -dit --name c1 --network paynet alpine',
  'docker exec -it payc sh',
  'hostname',
  `echo '${payloads.arg}' '${payloads.url}'`,
  `ping -c 1 '${payloads.name}'`,
];

/** The three-node scenario as a saved session with payloads in its name, commands, layout and lesson progress. */
export function payloadScenario() {
  return {
    format: 'swarm-playground/scenario',
    version: 2,
    name: payloads.name,
    profile: '29',
    seed: 20261128,
    start: '2026-11-28T09:00:00Z',
    machines: [
      { name: 'default', ip: '192.168.99.100' },
      { name: 'default-2', ip: '192.168.99.101' },
      { name: 'default-3', ip: '192.168.99.102' },
    ],
    swarm: { managers: ['default'], workers: ['default-2', 'default-3'] },
    commands: payloadCommands.slice(0, 4),
    log: payloadCommands.slice(4).map((line) => ({ op: 'type', tab: 0, line })),
    layout: { [payloads.host]: { x: 10, y: 20 }, 'machine:default': { x: 0, y: 0 } },
    view: { cursor: { trace: 0, packet: 0, hop: 0 }, lesson: { lessonId: 'overlay-discovery', stepIndex: 1, done: [payloads.arg], answers: { lazy: payloads.name, [payloads.label]: payloads.host } } },
  };
}

/** A share link's fragment for a session (as the share dialog writes it). */
export function shareFragment(session: object): string {
  return `s=2.${LZString.compressToEncodedURIComponent(JSON.stringify(session))}`;
}

/** Fails the test on any dialog; collects the CSP violations the page reports (console and securitypolicyviolation). */
export function watch(page: Page): string[] {
  const violations: string[] = [];
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** No payload ran in the page or any of its frames, and none became an element. */
export async function expectNothingRan(page: Page) {
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await frame.evaluate(() => document.querySelectorAll('#root img[src="x"], #root img[src="y"], #root svg[onload], #root iframe, #root script, [onerror], [onload]').length)).toBe(0);
  }
}

/** Marks the first-run card as seen (a returning learner), so it does not cover the map. */
export async function returning(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('swarm-playground/first-run-seen', '1'));
}
