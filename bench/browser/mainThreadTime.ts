import type { CDPSession } from '@playwright/test';

/** Cumulative main-thread time, ms: all tasks, script, style recalculation and layout (CDP Performance metrics). */
export interface MainThreadTime {
  readonly task: number;
  readonly script: number;
  readonly style: number;
  readonly layout: number;
}

/** Reads the page's cumulative main-thread times (the session has `Performance.enable`d). */
export async function mainThreadTime(cdp: CDPSession): Promise<MainThreadTime> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return { task: ms('TaskDuration'), script: ms('ScriptDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
}

/** What the main thread spent between two readings, per step. */
export function perStep(before: MainThreadTime, after: MainThreadTime, steps: number): MainThreadTime {
  const d = (k: keyof MainThreadTime) => (after[k] - before[k]) / steps;
  return { task: d('task'), script: d('script'), style: d('style'), layout: d('layout') };
}
