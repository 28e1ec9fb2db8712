/**
 * The one line a shell prints when the playground itself fails inside a command (a bug, not the user's
 * mistake): `bash: docker: internal error: <what JavaScript said>`. Cut to one short line.
 */
export function internalError(shell: string, command: string | null, error: unknown): string {
  const what = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? '';
  return `${shell}: ${command === null ? '' : `${command.slice(0, 100)}: `}internal error: ${what}\n`;
}

/** Exit status after an internal error (as a Go program that panics). */
export const INTERNAL_ERROR_EXIT = 2;
