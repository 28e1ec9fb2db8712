import type { CommandResult } from '../interpret';

/** Splits text into lines, each keeping its `\n` (the last one may lack it). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A line without its terminator. */
export function bare(line: string): string {
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

/** Successful output. */
export function ok(stdout: string, exitCode = 0): CommandResult {
  return { stdout, stderr: '', exitCode };
}

/** Failure with a message on stderr (newline added). */
export function fail(message: string, exitCode: number): CommandResult {
  return { stdout: '', stderr: message + '\n', exitCode };
}

/** A text tool: pure function of its arguments (without the name) and stdin. */
export type TextTool = (args: readonly string[], stdin: string) => CommandResult;
