import type { CDPSession } from '@playwright/test';

/** JSHeapUsedSize after a forced garbage collection (CDP; the session has `Performance.enable`d). */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
