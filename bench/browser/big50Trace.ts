import type { Browser, BrowserContext, Page } from '@playwright/test';
import { openInteractive } from './interactive';
import { freshContext } from './server';
import { typeLine } from './typeLine';

export interface Big50Trace {
  readonly context: BrowserContext;
  readonly page: Page;
  /** ms from navigation until the page was interactive. */
  readonly interactive: number;
}

/**
 * A fresh page on big-50 (50 nodes, 500 tasks) with a `wget -qO- web` from c1 open in the stepper and the focus
 * off the terminal, so the arrow keys step: where every big-50 step benchmark starts.
 */
export async function openBig50Trace(browser: Browser): Promise<Big50Trace> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const interactive = await openInteractive(page, 'big-50', 1);
  await typeLine(page, 'docker exec -it c1 sh', '/ # ');
  await typeLine(page, 'wget -qO- web', null);
  await page.getByTestId('step-next').waitFor({ timeout: 20_000 });
  await blur(page);
  return { context, page, interactive };
}

/** Takes the focus off whatever has it (the terminal, a checkbox), so the arrow keys reach the stepper. */
export function blur(page: Page): Promise<void> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
