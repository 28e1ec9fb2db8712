import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { PlaygroundPage } from './PlaygroundPage';

/** What the focused element is: its test id (or its closest one's), tag and accessible label, and whether a focus ring shows. */
export interface FocusStop {
  readonly testid: string;
  readonly tag: string;
  readonly label: string;
  readonly ring: boolean;
  readonly inTerminal: boolean;
}

/** The playground walked by keyboard only, with axe on each view. */
export class WalkPage extends PlaygroundPage {
  readonly stepper: Locator;
  readonly hop: Locator;

  constructor(page: Page) {
    super(page);
    this.stepper = page.getByTestId('stepper');
    this.hop = page.getByTestId('hop-inspector');
  }

  /** The element that has focus, described (see FocusStop). */
  focused(): Promise<FocusStop> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { testid: '', tag: 'body', label: '', ring: false, inTerminal: false };
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 60);
      const testid = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      return { testid, tag: el.tagName.toLowerCase(), label, ring, inTerminal: el.closest('[data-testid="terminal"]') !== null };
    });
  }

  /** Presses `key` until `where` holds for the focused element; returns every stop on the way (at most `max`). */
  async tabUntil(key: 'Tab' | 'Shift+Tab', where: (s: FocusStop) => boolean, max = 80): Promise<FocusStop[]> {
    const stops: FocusStop[] = [];
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press(key);
      const s = await this.focused();
      stops.push(s);
      if (where(s)) return stops;
    }
    throw new Error(`${key} ${max} times never got there: ${stops.map((s) => s.testid || s.tag).join(' > ')}`);
  }

  /** Types a line at the focused terminal and presses Enter (keyboard only). */
  async typeHere(line: string) {
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  /** axe on the whole page: the serious and critical violations, one line each. */
  async seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

}
