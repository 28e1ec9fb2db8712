import type { CommandList, Pipeline, SimpleCommand } from './ast';
import { expandAssignment, expandWord, type Env, type ExpandContext } from './expand';
import type { FileAccess } from './fileAccess';
import { redirect, route } from './redirect';
import { BASH, type ShellVoice } from './voice';

/** A finished command. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** Both streams in the order they were written; defaults to stdout then stderr. Used when stdout is not piped. */
  readonly transcript?: string;
}

/** A command that keeps running (ping without -c, logs -f...). `handle` is opaque to the interpreter. */
export interface RunningCommand<H> {
  readonly kind: 'running';
  readonly handle: H;
}

/** Runs one command; `env` includes any `NAME=value` prefix assignments. */
export type RunCallback<H> = (argv: readonly string[], stdin: string, env: Env) => CommandResult | RunningCommand<H>;

/** What a list produced: `output` is the terminal transcript (stdout and stderr in order). */
export interface InterpretResult<H> {
  readonly output: string;
  readonly stdout: string;
  /** What went to the terminal's stderr (the rest of `output`). */
  readonly stderr: string;
  readonly exitCode: number;
  /** The shell's variables after the list (plain `NAME=value` commands change them). */
  readonly env: Env;
  /** Set when a command is still running; the rest of the list was not run. */
  readonly running?: H;
}

/** Options for {@link interpret}. */
export interface InterpretOptions<H> {
  readonly run: RunCallback<H>;
  readonly env?: Env;
  /** The value of `$?` before the list. */
  readonly lastExitCode?: number;
  /** The file system redirections open; without it every file is missing. */
  readonly files?: FileAccess;
  /** The shell whose words redirection errors use (bash by default). */
  readonly voice?: ShellVoice;
}

interface Sink {
  err(text: string): void;
  both(result: CommandResult): void;
}

/**
 * Runs a parsed list: `;`, `&&`, `||`, pipes, `$(...)`, `$?`.
 * Limitation: a long-running command ends the list. At top level its handle is returned in `running`
 * and later pipeline stages and list items are dropped; inside `$(...)` it counts as empty output.
 * Example: interpret(list, { run }) for `docker exec -it $(docker ps -q -f name=web) sh`.
 */
export function interpret<H>(list: CommandList, options: InterpretOptions<H>): InterpretResult<H> {
  let env: Record<string, string> = { ...options.env };
  const files: FileAccess = options.files ?? { read: () => ({ error: 'ENOENT' }), write: () => 'ENOENT' };
  let status = options.lastExitCode ?? 0;
  let running: { handle: H } | undefined;
  let output = '';
  let stdout = '';
  let stderr = '';
  const stopped = (): boolean => running !== undefined;

  const runList = (l: CommandList, sink: Sink, topLevel: boolean): void => {
    for (const item of l.items) {
      status = runPipeline(item.first, sink, topLevel);
      for (const { op, pipeline } of item.rest) {
        if (stopped()) return;
        if ((op === '&&') === (status === 0)) status = runPipeline(pipeline, sink, topLevel);
      }
      if (stopped()) return;
    }
  };

  const substitute = (l: CommandList): string => {
    let captured = '';
    const savedStatus = status;
    const err = (t: string): void => {
      output += t;
      stderr += t;
    };
    const both = (r: CommandResult): void => {
      captured += r.stdout;
      err(r.stderr);
    };
    runList(l, { err, both }, false);
    substStatus = status;
    status = savedStatus;
    return captured.replace(/\n+$/, '');
  };
  let substStatus: number | undefined;

  const context = (): ExpandContext => ({ env, lastExitCode: status, substitute });

  const runCommand = (cmd: SimpleCommand, stdin: string, sink: Sink, alone: boolean, topLevel: boolean): CommandResult | RunningCommand<H> => {
    substStatus = undefined;
    const assigned: Record<string, string> = Object.create(null) as Record<string, string>;
    // `$(...)` restores the status it changes, so one context serves the whole command.
    const ctx = context();
    for (const a of cmd.assignments) assigned[a.name] = expandAssignment(a.value, ctx);
    const argv: string[] = [];
    for (const w of cmd.words) for (const field of expandWord(w, ctx)) argv.push(field);
    const io = redirect(cmd.redirects ?? [], stdin, ctx, files, options.voice ?? BASH);
    if ('failed' in io) return io.failed;
    if (argv.length === 0) {
      if (alone && !cmd.redirects) env = { ...env, ...assigned };
      return { stdout: '', stderr: '', exitCode: substStatus ?? 0 };
    }
    const result = options.run(argv, io.stdin, { ...env, ...assigned });
    if ('kind' in result) return topLevel ? result : { stdout: '', stderr: '', exitCode: 0 };
    return route(result, io, files);
  };

  const runPipeline = (p: Pipeline, sink: Sink, topLevel: boolean): number => {
    let stdin = '';
    let code = 0;
    for (const [idx, cmd] of p.commands.entries()) {
      const result = runCommand(cmd, stdin, sink, p.commands.length === 1, topLevel);
      if ('kind' in result) {
        running = { handle: result.handle };
        return code;
      }
      code = result.exitCode;
      if (idx < p.commands.length - 1) {
        sink.err(result.stderr);
        stdin = result.stdout;
      } else sink.both(result);
    }
    return code;
  };

  const top: Sink = {
    err: (t) => {
      output += t;
      stderr += t;
    },
    both: (r) => {
      output += r.transcript ?? r.stdout + r.stderr;
      stdout += r.stdout;
      stderr += r.stderr;
    },
  };
  runList(list, top, true);
  const base = { output, stdout, stderr, exitCode: status, env };
  return running ? { ...base, running: running.handle } : base;
}
