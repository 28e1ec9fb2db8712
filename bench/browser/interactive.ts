import type { Browser, Page } from '@playwright/test';
import { BASE_URL, freshContext } from './server';

export interface Interactive {
  /** First contentful paint, ms since navigation start. */
  readonly fcp: number;
  /** The first frame with the map and a ready terminal (see waitInteractive), ms since navigation start. */
  readonly interactive: number;
  /** When a key typed at that moment showed on the terminal screen, ms since navigation start. */
  readonly echoed: number;
}

declare global {
  interface Window {
    __interactive?: Promise<number>;
  }
}

/**
 * Installed before the page's own scripts: on every animation frame, checks whether the page is interactive,
 * meaning (1) the map shows a visible host node for each of `hosts` machines (React Flow keeps nodes hidden
 * until measured), (2) xterm's input textarea is attached and (3) the terminal screen shows a prompt ending
 * in `$ `, so a typed key goes to a shell. Resolves with that frame's time.
 */
function watchInteractive(hosts: number): void {
  window.__interactive = new Promise((resolve) => {
    const ready = () => {
      const shown = [...document.querySelectorAll('[data-testid="canvas"] .react-flow__node')].filter(
        (n) => n.querySelector('[data-testid^="host-"]') && getComputedStyle(n).visibility === 'visible',
      );
      const input = document.querySelector('[data-testid="terminal"] .xterm-helper-textarea');
      const rows = document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent ?? '';
      return shown.length >= hosts && input !== null && /\$[\s\u00a0]*$/.test(rows.trimEnd() + ' ');
    };
    const check = (now: number) => (ready() ? resolve(now) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}

/** Opens a scenario cold and returns when the page became interactive (see watchInteractive). */
export async function openInteractive(page: Page, scenario: string, hosts: number, url?: string): Promise<number> {
  await page.addInitScript(watchInteractive, hosts);
  await page.goto(url ?? `${BASE_URL}/?scenario=${scenario}&lang=en`);
  return page.evaluate(() => window.__interactive as Promise<number>);
}

/** One cold load of the three-node scenario: FCP, interactive, and a typed key echoed. */
export async function threeNodeInteractive(browser: Browser): Promise<Interactive> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const interactive = await openInteractive(page, 'three-node', 3);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  await page.locator('[data-testid="terminal"] .xterm-helper-textarea').focus();
  await page.keyboard.type('x');
  await page.waitForFunction(() => /\$[\s\u00a0]x/.test(document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent ?? ''));
  const echoed = await page.evaluate(() => performance.now());
  await context.close();
  return { fcp, interactive, echoed };
}
