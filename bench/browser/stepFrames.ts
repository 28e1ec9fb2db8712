import type { Page } from '@playwright/test';

export interface StepTiming {
  /** Key event time to the DOM change, ms. */
  readonly toDom: number;
  /** Key event time to the next animation frame after the DOM change, ms. */
  readonly toFrame: number;
}

declare global {
  interface Window {
    __armStep?: () => void;
    __step?: Promise<StepTiming | null>;
  }
}

/**
 * Installs `window.__armStep`: sets `window.__step` to a promise that resolves after the next key press with the times from the key event to the first
 * DOM change in the stepper or the map, and to the animation frame after it; null when nothing changed in 1 s.
 */
function installStepProbe(): void {
  window.__armStep = () => {
    window.__step = new Promise((resolve) => {
      let t0 = Number.NaN;
      const onKey = (e: KeyboardEvent) => {
        t0 = e.timeStamp;
      };
      window.addEventListener('keydown', onKey, { capture: true, once: true });
      const targets = ['stepper', 'canvas'].map((id) => document.querySelector(`[data-testid="${id}"]`)).filter((e) => e !== null);
      const timeout = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 1000);
      const observer = new MutationObserver(() => {
        if (Number.isNaN(t0)) return;
        observer.disconnect();
        clearTimeout(timeout);
        const toDom = performance.now() - t0;
        requestAnimationFrame(() => resolve({ toDom, toFrame: performance.now() - t0 }));
      });
      for (const el of targets) observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  };
}

/** Which way the stepper can go: forward unless the next button is disabled. */
function direction(page: Page, forward: boolean): Promise<boolean> {
  return page.evaluate((fwd) => {
    const disabled = (id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement | null)?.disabled ?? true;
    if (fwd && disabled('step-next')) return false;
    if (!fwd && disabled('step-prev')) return true;
    return fwd;
  }, forward);
}

/**
 * Presses ArrowRight (ArrowLeft on the way back, turning at either end of the trace) `count` times with focus
 * outside the terminal, timing each step from the key event to the next frame. Focus must already be on the page body.
 */
export async function stepWithArrows(page: Page, count: number): Promise<StepTiming[]> {
  await page.evaluate(installStepProbe);
  const out: StepTiming[] = [];
  let forward = true;
  for (let i = 0; i < count; i++) {
    forward = await direction(page, forward);
    await page.evaluate(() => window.__armStep?.());
    await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
    const t = await page.evaluate(() => window.__step ?? null);
    if (!t) throw new Error(`step ${i + 1}: ${forward ? 'ArrowRight' : 'ArrowLeft'} changed nothing on the page`);
    out.push(t);
  }
  return out;
}
