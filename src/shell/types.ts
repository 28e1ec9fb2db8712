import type { Change } from '../sim/changes';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import type { Locale } from '../i18n/t';

/** Where a shell runs: the learner's laptop, a node (after `docker-machine ssh`), or a container (`docker exec -it`). */
export type Frame =
  | { readonly kind: 'laptop' }
  | {
      readonly kind: 'node';
      readonly machine: string;
      /** The name the shell runs as when it is not the docker user's login shell (`-sh`): `sh` typed at the prompt. */
      readonly argv0?: string;
    }
  | {
      readonly kind: 'container';
      readonly machine: string;
      readonly container: string;
      /**
       * Set when this shell is the container's main process (`docker run -it`, `docker attach`): leaving it
       * stops the container, and removes it with `--rm`. Unset for `docker exec -it`.
       */
      readonly main?: { readonly rm: boolean };
    };

/** What one command sees. `world` already includes the effects of earlier commands on the same line. */
export interface CommandContext {
  readonly world: World;
  readonly frame: Frame;
  readonly stdin: string;
  /** False inside `$(...)` and pipes: progress bars and prompts are not drawn. */
  readonly tty: boolean;
  /** The page's language, for the playground's own words (`help`); Docker's output is never translated. Default 'en'. */
  readonly locale?: Locale;
  /** The line typed at the terminal after the command's `[y/N]` question (see docker/confirm), once answered. */
  readonly answer?: string;
}

/**
 * A command that keeps running until interrupted (ping without -c). Pure: output depends only on the
 * simulated milliseconds since it started.
 */
export interface Process {
  /** Everything printed from the start up to `ms` after it. */
  readonly outputUntil: (ms: number) => string;
  /**
   * Interrupted by Ctrl+C at `ms`: the text printed after outputUntil(ms) (starting with `^C`), the exit code,
   * and the packets it sent until then (they replace the traces the command returned when it started).
   */
  readonly interrupt: (ms: number) => { readonly text: string; readonly exitCode: number; readonly traces?: readonly Trace[] };
  /**
   * For commands that watch traffic (tcpdump): traffic happened elsewhere `atMs` after this process started;
   * returns the process that has seen it. Pure.
   */
  readonly observe?: (traces: readonly Trace[], atMs: number) => Process;
}

/** How a command's `[y/N]` question met the terminal (see docker/confirm): it waits there for a line, or the line typed there answered it. */
export type Asks = 'waiting' | 'answered';

/** What one command did. Only `stdout`, `stderr` and `exitCode` are required. */
export interface CommandOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** stdout and stderr interleaved as the terminal shows them, when the order matters. */
  readonly transcript?: string;
  /** The world after the command, if it changed anything. */
  readonly world?: World;
  /** The changes applied, in order (for undo, autosave and lessons). */
  readonly changes?: readonly Change[];
  /** Enter a nested shell (ssh into a node, exec into a container). */
  readonly enter?: Frame;
  /** Run a line in another shell and print what it prints (`docker-machine ssh NODE COMMAND`). */
  readonly runIn?: {
    readonly frame: Frame;
    readonly line: string;
    /** A child shell (`sh -c LINE`): its output and exit status are this command's own, with no `exit status N` line. */
    readonly child?: boolean;
  };
  /** Leave the current shell. */
  readonly exit?: boolean;
  /** Clear the screen. */
  readonly clear?: boolean;
  /** The command asked a `[y/N]` question of the terminal: it waits there for a line, or that line answered it. */
  readonly asks?: Asks;
  /** Still running: the terminal streams its output until Ctrl+C. */
  readonly running?: Process;
  /** Packet traces the command caused, in order (see src/sim/traffic). */
  readonly traces?: readonly Trace[];
}

export type CommandHandler = (argv: readonly string[], ctx: CommandContext) => CommandOutcome;

export const ok = (stdout = ''): CommandOutcome => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (stderr: string, exitCode = 1): CommandOutcome => ({ stdout: '', stderr, exitCode });
