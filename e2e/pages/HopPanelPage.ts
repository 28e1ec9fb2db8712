import { expect, type Locator, type Page } from '@playwright/test';

/** The hop inspector, its download button and the "send a packet" dialog, by data-testid. */
export class HopPanelPage {
  readonly panel: Locator;
  readonly rule: Locator;
  readonly why: Locator;
  readonly hex: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('hop-inspector');
    this.rule = this.panel.getByTestId('hop-rule');
    this.why = this.panel.getByTestId('hop-why');
    this.hex = this.panel.getByTestId('hex-view');
    this.dialog = page.getByTestId('send-dialog');
  }

  /** A decoded layer by id, e.g. `1:VXLAN#0` (depth : name # occurrence). */
  layer(id: string): Locator {
    return this.panel.getByTestId(`layer-${id}`);
  }

  /** A field of a layer by name (first of that name). */
  field(layerId: string, name: string): Locator {
    return this.panel.locator(`[data-field="${layerId}/${name}#0"]`);
  }

  /** Waits until the panel shows the stepper's current hop: it follows a step one render later (aria-busy meanwhile). */
  async settled() {
    await expect(this.panel).toHaveAttribute('aria-busy', 'false');
  }

  /** Presses the stepper's next button until the hop's rule contains `text` (at most `max` steps). */
  async stepUntilRule(text: string, max = 40) {
    for (let i = 0; i < max; i++) {
      await this.settled();
      // One read of the settled panel: a hop without a rule has no rule element to wait for.
      const rule = await this.panel.evaluate((el) => el.querySelector('[data-testid="hop-rule"]')?.textContent ?? '');
      if (rule.includes(text)) return;
      await this.page.getByTestId('step-next').click();
    }
    await expect(this.rule).toContainText(text);
  }

  /** Presses the stepper's next button until it is disabled (the trace's last listed hop). */
  async stepToEnd(max = 60) {
    const next = this.page.getByTestId('step-next');
    for (let i = 0; i < max && (await next.isEnabled()); i++) await next.click();
    await expect(next).toBeDisabled();
  }

  /** Puts a whole line into the terminal at once (as a paste-free text input) and presses Enter. */
  async typeLine(line: string) {
    await this.page.getByTestId('terminal').locator('.xterm-helper-textarea').focus();
    await this.page.keyboard.insertText(line);
    await this.page.keyboard.press('Enter');
  }

  /** The whole page, and the hop panel alone scrolled into view. */
  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
    // The side panel scrolls: bring the hop panel to its top, then capture the side column as it shows.
    await this.panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const side = await this.panel.evaluate((el) => el.parentElement?.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
    await this.page.screenshot({ path: `test-results/screenshots/${name}-panel.png`, clip: side });
  }
}
