import { expect, type Locator, type Page } from '@playwright/test';

/** The packet stepper at the side of the playground, driven through its data-testid hooks. */
export class StepperPanel {
  readonly root: Locator;
  readonly position: Locator;
  readonly why: Locator;
  readonly announce: Locator;
  readonly events: Locator;
  readonly play: Locator;
  readonly marker: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('stepper');
    this.position = this.root.getByTestId('step-position');
    this.why = this.root.getByTestId('step-why');
    this.announce = this.root.getByTestId('step-announce');
    this.events = this.root.getByTestId('events');
    this.play = this.root.getByTestId('step-play');
    this.marker = page.getByTestId('packet-marker');
  }

  event(n: number): Locator {
    return this.root.getByTestId(`event-${n}`);
  }

  /** The row the stepper is on. */
  current(): Locator {
    return this.events.locator('tr[aria-current="step"]');
  }

  rows(): Locator {
    return this.events.locator('tbody tr');
  }

  filter(name: 'protocol' | 'network' | 'node' | 'outcome'): Locator {
    return this.root.getByTestId(`filter-${name}`);
  }

  /** Waits until the marker has stopped moving. */
  async settled() {
    await expect.poll(() => this.marker.evaluate((el) => el.getAnimations().length)).toBe(0);
  }

  /** Presses `key` (outside the terminal) until the current row contains `text`, at most `max` times. */
  async pressUntil(key: string, text: string | RegExp, max = 40) {
    for (let i = 0; i < max; i += 1) {
      const row = (await this.current().textContent()) ?? '';
      if (typeof text === 'string' ? row.includes(text) : text.test(row)) return;
      await this.page.keyboard.press(key);
    }
    await expect(this.current()).toContainText(text);
  }
}
