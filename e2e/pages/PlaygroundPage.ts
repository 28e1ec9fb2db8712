import { expect, type Locator, type Page } from '@playwright/test';

/** The playground page, driven through its data-testid hooks. */
export class PlaygroundPage {
  readonly app: Locator;
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly terminal: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.canvas = page.getByTestId('canvas');
    this.inspector = page.getByTestId('inspector');
    this.terminal = page.getByTestId('terminal');
  }

  /** Opens the page on a built-in scenario and waits for the map and the terminal. */
  async goto(scenario = 'three-node', lang = 'en') {
    await this.page.goto(`/?scenario=${scenario}&lang=${lang}`);
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
    await expect(this.terminal.locator('.xterm-helper-textarea')).toBeAttached({ timeout: 20_000 });
  }

  host(machine: string): Locator {
    return this.canvas.getByTestId(`host-${machine}`);
  }

  /**
   * Zooms out to the whole cluster (the toolbar's fit button): automatic fits keep text legible and may
   * leave parts of a big cluster off screen, where a click cannot reach.
   */
  async overview() {
    await this.canvas.getByTestId('fit-all').click();
    await this.page.waitForTimeout(300);
  }

  /** Selects a node on the map by clicking its title. */
  async selectHost(machine: string) {
    await this.overview();
    await this.host(machine).locator('.host-title').click();
  }

  network(name: string): Locator {
    return this.canvas.getByTestId(`network-${name}`);
  }

  member(name: string): Locator {
    return this.canvas.getByTestId(`member-${name}`);
  }

  /** Text on the terminal screen, rows joined by newlines. */
  async screenText(): Promise<string> {
    return (await this.terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Types a line into the terminal and presses Enter. */
  async type(line: string) {
    await this.terminal.locator('.xterm-helper-textarea').focus();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
