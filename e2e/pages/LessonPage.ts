import { expect, type Locator, type Page } from '@playwright/test';
import { TerminalPage } from './TerminalPage';

/** The playground with its lesson panel and first-run card. */
export class LessonPage extends TerminalPage {
  readonly panel: Locator;
  readonly firstRun: Locator;

  constructor(page: Page) {
    super(page);
    this.panel = page.getByTestId('lesson-panel');
    this.firstRun = page.getByTestId('first-run');
  }

  /** Opens a lesson by link and waits for the terminal. */
  async openLesson(id: string, lang: string) {
    await this.page.goto(`/?lesson=${id}&lang=${lang}`);
    await expect(this.panel).toBeVisible();
    await expect(this.terminal.locator('.xterm-helper-textarea')).toBeAttached();
  }

  commands(): Locator {
    return this.panel.getByTestId('lesson-command');
  }

  /** Waits for a prompt (a shell is ready for the next line). */
  async expectPrompt() {
    const last = async () => (await this.screenText()).trimEnd().split('\n').pop()?.trimEnd() ?? '';
    await expect.poll(last, { intervals: [50, 100, 200], timeout: 20_000 }).toMatch(/(\$|#)$/);
  }

  /** Clicks each of the step's commands (which types it into the terminal) and presses Enter. */
  async runStepCommands() {
    const n = await this.commands().count();
    for (let i = 0; i < n; i += 1) {
      const button = this.commands().nth(i);
      const text = (await button.innerText()).trim();
      await button.click();
      await expect.poll(async () => (await this.screenText()).replace(/\n/g, '').trimEnd().endsWith(text), { intervals: [50, 100, 200] }).toBe(true);
      await this.page.keyboard.press('Enter');
      await this.expectPrompt();
    }
  }

  async expectChecked() {
    await expect(this.panel.getByTestId('lesson-check')).toHaveAttribute('data-done', 'true');
  }

  async answer(choice: string) {
    await this.panel.getByTestId(`lesson-choice-${choice}`).click();
  }

  /** Screenshots of the page at a 1920 px projector and a 360 px phone, then back to the test's size. */
  async screenshots(name: string) {
    const size = this.page.viewportSize();
    await this.page.setViewportSize({ width: 1920, height: 1080 });
    await this.screenshot(`${name}-1920`);
    await this.page.setViewportSize({ width: 360, height: 780 });
    await this.panel.scrollIntoViewIfNeeded();
    await this.page.screenshot({ path: `test-results/screenshots/${name}-360.png` });
    await this.expectRunningText();
    if (size) await this.page.setViewportSize(size);
  }

  /**
   * Text reads as text on a phone: a glossary word is as wide as the word (a button's tap-target size would
   * open gaps in the sentence), and Korean wraps between words, never inside one.
   */
  async expectRunningText() {
    const padded = await this.page.locator('.glossary-term:visible').evaluateAll((terms) => terms.flatMap((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const gap = el.getBoundingClientRect().width - range.getBoundingClientRect().width;
      return gap > 2 ? [`${el.textContent} +${gap.toFixed(0)}px`] : [];
    }));
    expect(padded).toEqual([]);
    const lang = await this.page.evaluate(() => document.documentElement.lang);
    if (lang === 'ko') expect(await this.panel.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  }

  async next() {
    await this.panel.getByTestId('lesson-next').click();
  }
}

/** What the learner does at one step: run its commands (always), answer its quiz, look for text in the feedback. */
export interface StepPlan {
  readonly check?: boolean;
  readonly wrong?: string;
  readonly answer?: string;
  readonly feedback?: string;
  readonly screenshot?: string;
}

/** Follows a lesson step by step through the panel, as a learner clicking and pressing Enter would. */
export async function followLesson(p: LessonPage, plan: readonly StepPlan[], lang: string) {
  for (const s of plan) {
    await p.runStepCommands();
    if (s.check) await p.expectChecked();
    if (s.wrong) {
      await p.answer(s.wrong);
      await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-wrong');
      await expect(p.panel.getByTestId('lesson-hint')).toBeVisible();
    }
    if (s.answer) {
      await p.answer(s.answer);
      await expect(p.panel.getByTestId('lesson-feedback')).toHaveClass('lesson-right');
      if (s.feedback) await expect(p.panel.getByTestId('lesson-feedback')).toContainText(s.feedback);
    }
    if (s.screenshot) await p.screenshots(`${s.screenshot}-${lang}`);
    await p.next();
  }
  await expect(p.panel.getByTestId('lesson-finished')).toBeVisible();
}
