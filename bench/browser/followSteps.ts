import type { Browser } from '@playwright/test';
import { blur, openBig50Trace } from './big50Trace';
import { mainThreadTime, perStep, type MainThreadTime } from './mainThreadTime';
import { stepWithArrows, type StepTiming } from './stepFrames';

export interface FollowSteps {
  /** Steps with the camera following the packet (the default), at full speed and under 4x CPU throttling. */
  readonly full: readonly StepTiming[];
  readonly throttled: readonly StepTiming[];
  /** Main-thread time per step (CDP Performance metrics), at full speed and throttled. */
  readonly fullBusy: MainThreadTime;
  readonly throttledBusy: MainThreadTime;
}

/** big-50: a wget from c1 to web, then `samples` timed steps with follow-camera on, then as many under Chromium's 4x CPU throttling (a classroom laptop). */
export async function followSteps(browser: Browser, samples: number): Promise<FollowSteps> {
  const { context, page } = await openBig50Trace(browser);
  if (!(await page.getByTestId('follow-packet').isChecked())) {
    await page.getByTestId('follow-packet').check();
    await blur(page);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const t0 = await mainThreadTime(cdp);
  const full = await stepWithArrows(page, samples);
  const t1 = await mainThreadTime(cdp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t2 = await mainThreadTime(cdp);
  const throttled = await stepWithArrows(page, samples);
  const t3 = await mainThreadTime(cdp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { full, throttled, fullBusy: perStep(t0, t1, samples), throttledBusy: perStep(t2, t3, samples) };
}
