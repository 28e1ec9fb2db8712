import type { Redirect } from './ast';
import { expandAssignment, type ExpandContext } from './expand';
import { badDescriptor, redirectError, type FileAccess } from './fileAccess';
import type { CommandResult } from './interpret';
import type { ShellVoice } from './voice';

/** Where a descriptor points: the command's own stdout or stderr stream, a file, or nowhere (closed). */
export type Destination = { readonly kind: 'out' } | { readonly kind: 'err' } | { readonly kind: 'file'; readonly path: string } | { readonly kind: 'closed' };

/** A command's standard streams after its redirections. */
export interface Streams {
  readonly stdin: string;
  readonly out: Destination;
  readonly err: Destination;
}

const OUT: Destination = { kind: 'out' };
const ERR: Destination = { kind: 'err' };

/**
 * Applies redirections left to right, as bash and ash do: output files are created (or truncated)
 * before the command runs, inputs are read, `2>&1` copies where 1 points at that moment. A file that
 * cannot be opened stops the command with status 1 and the shell's message on the stderr of that moment.
 */
export function redirect(
  redirects: readonly Redirect[],
  stdin: string,
  ctx: ExpandContext,
  files: FileAccess,
  voice: ShellVoice,
): Streams | { readonly failed: CommandResult } {
  let input = stdin;
  const fds = new Map<number, Destination>([
    [1, OUT],
    [2, ERR],
  ]);
  const fail = (message: string): { failed: CommandResult } => {
    const shown = route({ stdout: '', stderr: message, exitCode: 1 }, { stdin: '', out: OUT, err: fds.get(2) ?? { kind: 'closed' } }, files);
    return { failed: { ...shown, exitCode: 1 } };
  };
  for (const r of redirects) {
    if (r.kind === 'here') {
      if (r.fd === 0) input = expandAssignment(r.body, ctx);
      continue;
    }
    const target = expandAssignment(r.target, ctx);
    if (r.kind === 'dup') {
      if (target === '-') fds.set(r.fd, { kind: 'closed' });
      else if (r.fd === 0 && target === '0') continue;
      else {
        const to = fds.get(Number(target));
        if (!/^[0-9]$/.test(target) || !to) return fail(badDescriptor(voice, target));
        fds.set(r.fd, to);
      }
      continue;
    }
    if (r.mode === 'read') {
      const read = files.read(target);
      if (typeof read !== 'string') return fail(redirectError(voice, target, read.error, true));
      if (r.fd === 0) input = read;
      continue;
    }
    const error = files.write(target, '', r.mode);
    if (error) return fail(redirectError(voice, target, error, false));
    fds.set(r.fd, { kind: 'file', path: target });
  }
  return { stdin: input, out: fds.get(1) ?? { kind: 'closed' }, err: fds.get(2) ?? { kind: 'closed' } };
}

const same = (a: Destination, b: Destination): boolean => a.kind === b.kind && (a.kind !== 'file' || (b.kind === 'file' && a.path === b.path));

/** Sends a finished command's output where its descriptors point; what stays on the terminal is returned. */
export function route(result: CommandResult, streams: Streams, files: FileAccess): CommandResult {
  const { out, err } = streams;
  if (out.kind === 'out' && err.kind === 'err') return result;
  const pieces: [Destination, string][] = same(out, err)
    ? [[out, result.transcript ?? result.stdout + result.stderr]]
    : [
        [out, result.stdout],
        [err, result.stderr],
      ];
  let stdout = '';
  let stderr = '';
  for (const [to, text] of pieces) {
    if (to.kind === 'out') stdout += text;
    else if (to.kind === 'err') stderr += text;
    else if (to.kind === 'file' && text !== '') files.write(to.path, text, 'append');
  }
  return { stdout, stderr, exitCode: result.exitCode };
}
