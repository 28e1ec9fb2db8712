import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { BASE_URL, freshContext } from './server';

export interface ScriptLoad {
  readonly url: string;
  readonly gzipBytes: number;
  /** When the response ended, ms since navigation start. */
  readonly responseEnd: number;
}

export interface FirstPaintJs {
  /** First contentful paint, ms since navigation start. */
  readonly fcp: number;
  /** Every JS response of the load, in order of arrival. */
  readonly scripts: readonly ScriptLoad[];
  /** gzip bytes of the scripts whose response ended before first contentful paint. */
  readonly beforeFcp: number;
}

/** Loads the page cold and sums the gzip size of the JS that arrived before first contentful paint. */
export async function firstPaintJs(browser: Browser, path: string): Promise<FirstPaintJs> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.request().resourceType() === 'script' || type.includes('javascript')) {
      bodies.set(r.url(), r.body().then((b) => gzipSync(b, { level: 9 }).byteLength));
    }
  });
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await page.waitForLoadState('networkidle');
  const ends = new Map(
    await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, (e as PerformanceResourceTiming).responseEnd] as [string, number])),
  );
  const scripts: ScriptLoad[] = [];
  for (const [url, size] of bodies) scripts.push({ url, gzipBytes: await size, responseEnd: ends.get(url) ?? Number.POSITIVE_INFINITY });
  scripts.sort((a, b) => a.responseEnd - b.responseEnd);
  await context.close();
  const beforeFcp = scripts.filter((s) => s.responseEnd <= fcp).reduce((n, s) => n + s.gzipBytes, 0);
  return { fcp, scripts, beforeFcp };
}
