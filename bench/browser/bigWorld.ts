import type { Browser } from '@playwright/test';
import { openBig50Trace } from './big50Trace';
import { heapUsed } from './heapUsed';
import { stepWithArrows, type StepTiming } from './stepFrames';

export interface BigWorld {
  /** Load to interactive on big-50, ms since navigation start. */
  readonly interactive: number;
  /** How many hops the wget's trace has. */
  readonly hops: number;
  readonly steps: readonly StepTiming[];
  /** JS heap used (bytes) after a forced GC, before and after the timed steps. */
  readonly heapBefore: number;
  readonly heapAfter: number;
}

/** big-50: a wget from c1 to web, then `samples` timed steps with the heap measured around them. */
export async function bigWorld(browser: Browser, samples: number): Promise<BigWorld> {
  const { context, page, interactive } = await openBig50Trace(browser);
  const position = (await page.getByTestId('step-position').innerText()).match(/(\d+)\D*$/);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapBefore = await heapUsed(cdp);
  const steps = await stepWithArrows(page, samples);
  const heapAfter = await heapUsed(cdp);
  await context.close();
  return { interactive, hops: Number(position?.[1] ?? Number.NaN), steps, heapBefore, heapAfter };
}
