import type { Browser, CDPSession } from '@playwright/test';
import { openInteractive } from './interactive';
import { freshContext } from './server';
import { walkInPage } from './stepFrames';
import { typeLine } from './typeLine';

export interface MemoryWalk {
  readonly steps: number;
  /** Steps that moved the stepper (the rest would mean a key was lost). */
  readonly moved: number;
  /** JS heap used (bytes) after a forced GC, before the walk, after it, and after as many steps again. */
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly heapAfterTwice: number;
}

/** JSHeapUsedSize after a forced garbage collection (CDP). */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** Three-node: a wget through a service VIP, then `steps` steps back and forth, with the heap measured around them. */
export async function memoryWalk(browser: Browser, steps: number): Promise<MemoryWalk> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await openInteractive(page, 'three-node', 3);
  const node = 'docker@default:~$';
  await typeLine(page, 'docker-machine ssh default', node);
  await typeLine(page, 'docker network create -d overlay --attachable mynet', node);
  await typeLine(page, 'docker service create -d --name web --replicas 3 --network mynet nginx', node);
  await typeLine(page, 'docker run -dit --name c1 --network mynet alpine', node);
  await typeLine(page, 'docker exec -it c1 sh', '/ # ');
  await typeLine(page, 'wget -qO- web', null);
  await page.getByTestId('step-next').waitFor({ timeout: 20_000 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await walkInPage(page, 50);
  const heapBefore = await heapUsed(cdp);
  const moved = await walkInPage(page, steps);
  const heapAfter = await heapUsed(cdp);
  await walkInPage(page, steps);
  const heapAfterTwice = await heapUsed(cdp);
  await context.close();
  return { steps, moved, heapBefore, heapAfter, heapAfterTwice };
}
