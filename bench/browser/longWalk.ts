import type { Browser, Page } from '@playwright/test';
import { openInteractive } from './interactive';
import { median } from './median';
import { heapUsed } from './heapUsed';
import { freshContext } from './server';
import { typeLine } from './typeLine';

/** One stretch of the walk: its steps' times from the key to the committed DOM change, and the heap after it. */
export interface WalkStretch {
  /** Steps taken by the end of this stretch. */
  readonly at: number;
  /** Median and 95th percentile of one step, ms (key event to the stepper's DOM updated, paint excluded). */
  readonly medianMs: number;
  readonly p95Ms: number;
  /** JS heap used after a forced GC at the end of the stretch, bytes. */
  readonly heap: number;
}

export interface LongWalk {
  readonly steps: number;
  /** Traces in the session (the walk goes through the last one, the wget's). */
  readonly traces: number;
  readonly heapStart: number;
  readonly stretches: readonly WalkStretch[];
}

/**
 * Steps `n` times in the page, back and forth through the open trace (ArrowRight/ArrowLeft on the body, as a
 * learner does, turning at either end), timing each step from the key event to the
 * stepper's position text changing (React has committed; the frame is painted every 100 steps). Returns each
 * step's time in ms.
 */
function walk(page: Page, n: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const position = () => document.querySelector('[data-testid="step-position"]')?.textContent ?? '';
    const disabled = (id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement | null)?.disabled ?? true;
    /** Yields until React's scheduled render has run (its MessageChannel task comes first). */
    const afterRender = () => new Promise<void>((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(null);
    });
    const w = window as unknown as { __walkForward?: boolean };
    let forward = w.__walkForward ?? true;
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      if (forward && disabled('step-next')) forward = false;
      else if (!forward && disabled('step-prev')) forward = true;
      const before = position();
      const t0 = performance.now();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: forward ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
      for (let k = 0; k < 5 && position() === before; k++) await afterRender();
      times.push(performance.now() - t0);
      if (i % 100 === 99) await new Promise((r) => requestAnimationFrame(r));
    }
    w.__walkForward = forward;
    return times;
  }, n);
}

/**
 * Three-node with three traces (a ping and a DNS lookup, then the wget through a service VIP that is walked); then `steps` steps in
 * stretches of `stretch`, with the heap measured (CDP, after a forced GC) before the walk and after each stretch.
 */
export async function longWalk(browser: Browser, steps: number, stretch: number): Promise<LongWalk> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await openInteractive(page, 'three-node', 3);
  const node = 'docker@default:~$';
  await typeLine(page, 'docker-machine ssh default', node);
  await typeLine(page, 'docker network create -d overlay --attachable mynet', node);
  await typeLine(page, 'docker service create -d --name web --replicas 3 --network mynet nginx', node);
  await typeLine(page, 'docker run -dit --name c1 --network mynet alpine', node);
  await typeLine(page, 'docker exec -it c1 sh', '/ # ');
  await typeLine(page, 'ping -c 2 web', null);
  await typeLine(page, 'nslookup tasks.web', null);
  await typeLine(page, 'wget -qO- web', null);
  await page.getByTestId('step-next').waitFor({ timeout: 20_000 });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await walk(page, 200);
  const heapStart = await heapUsed(cdp);
  const stretches: WalkStretch[] = [];
  for (let at = 0; at < steps; ) {
    const n = Math.min(stretch, steps - at);
    const times = await walk(page, n);
    at += n;
    const sorted = [...times].sort((a, b) => a - b);
    stretches.push({ at, medianMs: median(times), p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN, heap: await heapUsed(cdp) });
  }
  await context.close();
  return { steps, traces: 3, heapStart, stretches };
}
