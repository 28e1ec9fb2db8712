import type { Browser } from '@playwright/test';
import { openInteractive } from './interactive';
import { freshContext } from './server';
import { stepWithArrows, type StepTiming } from './stepFrames';
import { typeLine } from './typeLine';

export interface FollowSteps {
  /** Steps with the camera following the packet (the default), at full speed and under 4x CPU throttling. */
  readonly full: readonly StepTiming[];
  readonly throttled: readonly StepTiming[];
}

/** big-50: a wget from c1 to web, then `samples` timed steps with follow-camera on, then as many under Chromium's 4x CPU throttling (a classroom laptop). */
export async function followSteps(browser: Browser, samples: number): Promise<FollowSteps> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await openInteractive(page, 'big-50', 1);
  await typeLine(page, 'docker exec -it c1 sh', '/ # ');
  await typeLine(page, 'wget -qO- web', null);
  await page.getByTestId('step-next').waitFor({ timeout: 20_000 });
  if (!(await page.getByTestId('follow-packet').isChecked())) await page.getByTestId('follow-packet').check();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const full = await stepWithArrows(page, samples);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const throttled = await stepWithArrows(page, samples);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { full, throttled };
}
