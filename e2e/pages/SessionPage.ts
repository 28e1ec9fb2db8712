import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Saving and sharing: the share dialog, undo and redo, notices, and what the page shows to compare sessions. */
export class SessionPage {
  readonly share: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.share = page.getByTestId('share-dialog');
    this.notices = page.getByTestId('notices');
  }

  /** Types a whole line into the terminal and presses Enter. */
  async typeLine(line: string) {
    await this.page.getByTestId('terminal').locator('.xterm-helper-textarea').focus();
    await this.page.keyboard.insertText(line);
    await this.page.keyboard.press('Enter');
  }

  async screenText(): Promise<string> {
    return (await this.page.getByTestId('terminal').locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }

  /** The open trace's pcapng, as downloaded from the hop panel. */
  async pcapng(): Promise<Buffer> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('download-pcapng').click()]);
    return readFileSync(await download.path());
  }

  async openShare() {
    await this.page.getByTestId('share-open').click();
    await expect(this.share).toBeVisible();
  }

  /** The share link, at the current step when asked. */
  async link(atStep: boolean): Promise<string> {
    await this.openShare();
    if (atStep) await this.share.getByTestId('share-at-step').check();
    const link = await this.share.getByTestId('share-link').inputValue();
    await this.page.keyboard.press('Escape');
    return link;
  }

  /** Where a map node is on the screen. */
  async box(testId: string) {
    const b = await this.page.getByTestId(testId).boundingBox();
    return b && { x: Math.round(b.x), y: Math.round(b.y) };
  }

  /** Where a map node is on the map (flow units, whatever the zoom): React Flow's transform of its wrapper. */
  async placed(testId: string): Promise<string> {
    return this.page.getByTestId(testId).locator('xpath=ancestor::div[contains(@class,"react-flow__node")][1]').evaluate((el) => (el as HTMLElement).style.transform);
  }

  async screenshot(name: string) {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}
