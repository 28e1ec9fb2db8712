import { expect, type Locator, type Page } from '@playwright/test';
import { PlaygroundPage } from './PlaygroundPage';

/** The playground with the terminal's own controls: tabs, splitter, completion, paste.. */
export class TerminalPage extends PlaygroundPage {
  readonly tabs: Locator;
  readonly splitter: Locator;
  readonly textarea: Locator;

  constructor(page: Page) {
    super(page);
    this.tabs = page.getByTestId('terminal-tabs');
    this.splitter = page.getByTestId('terminal-splitter');
    this.textarea = this.terminal.locator('.xterm-helper-textarea');
  }

  tab(index: number): Locator {
    return this.page.getByTestId(`terminal-tab-${index}`);
  }

  /** Enters a whole line at once (as an input method commits text), then presses Enter. */
  async enter(line: string) {
    await this.textarea.focus();
    await this.page.keyboard.insertText(line);
    await this.page.keyboard.press('Enter');
  }

  /** Types text into the terminal without pressing Enter. */
  async typeKeys(text: string) {
    await this.textarea.focus();
    await this.page.keyboard.type(text);
  }

  /** Pastes text as a clipboard paste into xterm. */
  async paste(text: string) {
    await this.textarea.focus();
    await this.textarea.evaluate((el, data) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Waits until the screen's last non-blank row is `row` (after trimming trailing blanks). */
  async expectLastRow(row: string | RegExp) {
    const last = async () => (await this.screenText()).trimEnd().split('\n').pop()?.trimEnd() ?? '';
    if (typeof row === 'string') await expect.poll(last).toBe(row);
    else await expect.poll(last).toMatch(row);
  }

}
