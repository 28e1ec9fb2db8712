/** What docker/cli's PromptForConfirmation prints after a warning: the question and ` [y/N] `. */
export function question(warning: string): string {
  return `${warning}\nAre you sure you want to continue? [y/N] `;
}

/**
 * docker/cli's PromptForConfirmation: the question (see `question`) answered by the first line of stdin; only
 * `y` or `Y` means yes. With nothing to read (a line typed at the prompt, no pipe) the question is printed with
 * the Enter a person would press, and the answer is no.
 */
export function confirm(stdin: string, asked: string): { readonly yes: boolean; readonly printed: string } {
  if (stdin === '') return { yes: false, printed: `${asked}\n` };
  const answer = (stdin.split('\n')[0] ?? '').trim();
  return { yes: answer === 'y' || answer === 'Y', printed: asked };
}
