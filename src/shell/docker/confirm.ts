import type { Asks } from '../types';

/** What docker/cli's PromptForConfirmation prints after a warning: the question and ` [y/N] `. */
export function question(warning: string): string {
  return `${warning}\nAre you sure you want to continue? [y/N] `;
}

export interface Confirmation {
  readonly yes: boolean;
  readonly printed: string;
  /** Set when the terminal (not piped stdin) is where the answer comes from. */
  readonly asks?: Asks;
}

/**
 * docker/cli's PromptForConfirmation: the question (see `question`) answered by the first line of stdin; only
 * `y` or `Y` means yes. With nothing piped the terminal answers: `answer` is the line typed after the question
 * (its Enter is the terminal's echo); without one yet, the command stops at the question and the tab waits.
 */
export function confirm(stdin: string, asked: string, answer?: string): Confirmation {
  if (stdin === '') {
    if (answer === undefined) return { yes: false, printed: asked, asks: 'waiting' };
    return { yes: isYes(answer), printed: asked, asks: 'answered' };
  }
  return { yes: isYes(stdin.split('\n')[0] ?? ''), printed: asked };
}

function isYes(line: string): boolean {
  const a = line.trim();
  return a === 'y' || a === 'Y';
}
