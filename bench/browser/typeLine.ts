import type { Page } from '@playwright/test';

/**
 * Types a line into the terminal, presses Enter and waits until `want` shows on the screen after the typed line
 * (null: does not wait, for output longer than the screen).
 */
export async function typeLine(page: Page, line: string, want: string | null): Promise<void> {
  await page.locator('[data-testid="terminal"] .xterm-helper-textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  if (want === null) return;
  await page.waitForFunction(
    ([typed, expected]) => {
      const screen = (document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = screen.lastIndexOf(typed);
      return at >= 0 && screen.indexOf(expected, at + typed.length) >= 0;
    },
    [line, want] as const,
    { timeout: 20_000 },
  );
}
