import type { ShellVoice } from './voice';

/** Why a file could not be opened, as errno names it. */
export type FileError = 'ENOENT' | 'EISDIR' | 'ENOTDIR';

/**
 * The file system a shell's redirections see (the machine's or container's own). `write` with
 * mode `write` creates or truncates, `append` creates or appends; `/dev/null` is the implementer's.
 */
export interface FileAccess {
  read(path: string): string | { readonly error: FileError };
  write(path: string, text: string, mode: 'write' | 'append'): FileError | null;
}

/** errno's words for a file error, as strerror gives them. */
export const strerror: Readonly<Record<FileError, string>> = { ENOENT: 'No such file or directory', EISDIR: 'Is a directory', ENOTDIR: 'Not a directory' };

/**
 * The shell's words when a redirection cannot open its file: bash `bash: nosuch: No such file or
 * directory`; BusyBox ash `sh: can't open 'nosuch': no such file`, `sh: can't create x/y: nonexistent directory`.
 */
export function redirectError(voice: ShellVoice, path: string, error: FileError, reading: boolean): string {
  if (voice.flavour === 'bash') return `${voice.name}: ${path}: ${strerror[error]}\n`;
  const missing = error === 'ENOENT' || error === 'ENOTDIR';
  if (reading) return `${voice.name}: can't open '${path}': ${missing ? 'no such file' : strerror[error]}\n`;
  return `${voice.name}: can't create ${path}: ${missing ? 'nonexistent directory' : strerror[error]}\n`;
}

/** `2>&9`: a descriptor the shell does not have open. */
export function badDescriptor(voice: ShellVoice, fd: string): string {
  return `${voice.name}: ${fd}: ${voice.flavour === 'bash' ? 'Bad' : 'bad'} file descriptor\n`;
}
