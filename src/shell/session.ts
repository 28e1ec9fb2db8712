import type { Locale } from '../i18n/t';
import type { Change } from '../sim/changes';
import { applyChange } from '../sim/apply';
import type { Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import { fileAccessFor } from './files/fileAccessFor';
import { interpret } from './lang/interpret';
import { argumentsTooLong } from './lang/limits';
import { parse } from './lang/parse';
import { notFoundText, voiceOf, type ShellVoice } from './lang/voice';
import { INTERNAL_ERROR_EXIT, internalError } from './internalError';
import { commandsFor } from './registry';
import type { CommandOutcome, Frame, Process } from './types';

/** One terminal: a stack of nested shells (laptop, then maybe a node, then maybe a container). */
export interface Session {
  readonly stack: readonly Frame[];
  /** Lines typed, oldest first (what the Up arrow walks). */
  readonly history: readonly string[];
  readonly lastExitCode: number;
  /** Text typed so far of an incomplete line (after a trailing `\` or an open quote). */
  readonly pending: string;
  /** Shell variables set by plain `NAME=value` lines (absent: none). */
  readonly env?: Readonly<Record<string, string>>;
  /** A line whose command asked a `[y/N]` question and waits for the next typed line as its answer (absent: none). */
  readonly asking?: Asking;
}

/** The waiting line, re-run with every answer once the next one is typed; `shown` is what it printed up to the question. */
export interface Asking {
  readonly line: string;
  readonly answers: readonly string[];
  readonly shown: string;
  readonly locale?: Locale;
}

export const newSession = (): Session => ({ stack: [{ kind: 'laptop' }], history: [], lastExitCode: 0, pending: '' });

export function currentFrame(s: Session): Frame {
  return s.stack[s.stack.length - 1] as Frame;
}

/** The prompt to show: `$ `, `docker@default:~$ `, `root@fb057acbf8fa:/# ` or `/ # `; `> ` while a line continues. */
export function prompt(world: World, s: Session): string {
  if (s.asking) return '';
  if (s.pending !== '') return '> ';
  const frame = currentFrame(s);
  if (frame.kind === 'laptop') return '$ ';
  if (frame.kind === 'node') return `docker@${frame.machine}:~$ `;
  if (voiceOf(world, frame).flavour === 'ash') return '/ # ';
  const c = world.containers[frame.container];
  return `root@${c?.hostname || frame.container.slice(0, 12)}:/# `;
}

/** Commands the shell runs itself (no execve, so no argument-length limit). */
const shellBuiltins: ReadonlySet<string> = new Set(['echo', 'true', 'false', 'exit', 'printf', 'cd', 'pwd', 'export']);

/** execve's E2BIG as each shell reports it: bash names the path it found, ash the command typed. */
function tooLong(voice: ShellVoice, name: string): string {
  return `${voice.name}: ${voice.flavour === 'bash' ? `/usr/bin/${name}` : name}: Argument list too long\n`;
}

export interface LineResult {
  readonly world: World;
  readonly session: Session;
  /** What the terminal prints after the typed line (may be empty). */
  readonly output: string;
  /** The same output split by stream (stdout, and stderr with the shell's own errors); absent when only `output` is known. */
  readonly streams?: { readonly stdout: string; readonly stderr: string };
  readonly clear: boolean;
  readonly running?: Process;
  readonly changes: readonly Change[];
  readonly traces: readonly Trace[];
}

/**
 * Runs one typed line in the session's current shell. Pure: the same world, session and line give
 * the same result. An incomplete line (trailing `\`, open quote) is kept in `pending`.
 */
export function runLine(world: World, session: Session, line: string, locale?: Locale): LineResult {
  if (session.asking) return answerLine(world, session, session.asking, line);
  try {
    return runParsedLine(world, session, line, locale);
  } catch (e) {
    // A failure of the playground outside any one command (parsing, expansion): the world stays as it was.
    const source = session.pending === '' ? line : `${session.pending}\n${line}`;
    const shell = voiceOf(world, currentFrame(session)).name;
    const history = source.trim() === '' ? session.history : [...session.history, source];
    return { world, session: { ...session, history, pending: '', lastExitCode: INTERNAL_ERROR_EXIT }, output: internalError(shell, null, e), clear: false, changes: [], traces: [] };
  }
}

/** The typed line answers the waiting question: the line runs again from its start with the answers so far. */
function answerLine(world: World, session: Session, asking: Asking, answer: string): LineResult {
  const { asking: _, ...rest } = session;
  const before = { ...rest, history: rest.history.slice(0, -1) };
  const r = runParsedLine(world, before, asking.line, asking.locale, [...asking.answers, answer]);
  return { ...r, output: r.output.slice(asking.shown.length) };
}

/**
 * Stops the waiting question (Ctrl+C at it): what the terminal shows after `typed`, and the session back
 * at its prompt with exit status 130; nothing the line would do is done.
 */
export function abandonQuestion(session: Session): Session {
  const { asking: _, ...rest } = session;
  return { ...rest, pending: '', lastExitCode: 130 };
}

function runParsedLine(world: World, session: Session, line: string, locale?: Locale, answers: readonly string[] = []): LineResult {
  const source = session.pending === '' ? line : `${session.pending}\n${line}`;
  const frame = currentFrame(session);
  const voice = voiceOf(world, frame);
  const parsed = parse(source, voice);
  const base = { clear: false, changes: [] as Change[], traces: [] as Trace[] };
  if (parsed.kind === 'incomplete') return { ...base, world, session: { ...session, pending: source }, output: '' };
  const history = source.trim() === '' ? session.history : [...session.history, source];
  if (parsed.kind === 'error') {
    const output = `${parsed.message}\n`;
    return { ...base, world, output, streams: { stdout: '', stderr: output }, session: { ...session, history, pending: '', lastExitCode: 2 } };
  }
  let current = world;
  let stack = session.stack;
  let clear = false;
  /** Questions answered so far on this line, and whether one now waits for the terminal. */
  let answered = 0;
  let waiting = false;
  const changes: Change[] = [];
  const traces: Trace[] = [];
  const commands = commandsFor(frame.kind);
  const notFound = (name: string): string => notFoundText(voice, name);
  const here = (): Frame => stack[stack.length - 1] as Frame;
  const files = fileAccessFor(
    {
      world: () => current,
      apply: (change) => {
        const r = applyChange(current, change);
        if (!r.ok) return;
        current = r.world;
        changes.push(change);
      },
    },
    here,
  );
  /** A line run by a remote shell: its output comes back as this command's; its exit status too. */
  const runElsewhere = (frame: Frame, remote: string, child: boolean) => {
    const r = runLine(current, { ...newSession(), stack: [...stack, frame] }, remote);
    current = r.world;
    changes.push(...r.changes);
    traces.push(...r.traces);
    const code = r.session.lastExitCode;
    if (child) return { ...(r.streams ?? { stdout: r.output, stderr: '' }), exitCode: code, transcript: r.output };
    const tail = code === 0 ? '' : `exit status ${code}\n`;
    return { stdout: r.output, stderr: tail, exitCode: code, transcript: r.output + tail };
  };
  const result = interpret<Process>(parsed.list, {
    lastExitCode: session.lastExitCode,
    ...(session.env ? { env: session.env } : {}),
    files,
    voice,
    run: (argv, stdin) => {
      // Once a command waits at its question, the rest of the line waits with it: nothing else runs or prints.
      if (waiting) return { stdout: '', stderr: '', exitCode: 0 };
      const name = argv[0] ?? '';
      const handler = commands.get(name);
      if (!handler) return { stdout: '', stderr: notFound(name), exitCode: 127 };
      if (!shellBuiltins.has(name) && argumentsTooLong(argv)) return { stdout: '', stderr: tooLong(voice, name), exitCode: 126 };
      const here = stack[stack.length - 1] as Frame;
      const answer = answers[answered];
      let outcome: CommandOutcome;
      try {
        outcome = handler(argv, { world: current, frame: here, stdin, tty: true, ...(locale ? { locale } : {}), ...(answer !== undefined ? { answer } : {}) });
      } catch (e) {
        // One command failed inside the playground: one line, and the world as it was before that command.
        return { stdout: '', stderr: internalError(voice.name, name, e), exitCode: INTERNAL_ERROR_EXIT };
      }
      if (outcome.asks === 'answered') answered += 1;
      if (outcome.asks === 'waiting') {
        waiting = true;
        return { stdout: outcome.stdout, stderr: outcome.stderr, exitCode: 0 };
      }
      if (outcome.runIn) return runElsewhere(outcome.runIn.frame, outcome.runIn.line, outcome.runIn.child === true);
      if (outcome.world) current = outcome.world;
      if (outcome.changes) changes.push(...outcome.changes);
      if (outcome.traces) traces.push(...outcome.traces);
      if (outcome.clear) clear = true;
      if (outcome.enter) stack = [...stack, outcome.enter];
      if (outcome.exit && stack.length > 1) {
        const left = stack[stack.length - 1] as Frame;
        stack = stack.slice(0, -1);
        const ended = left.kind === 'container' && left.main ? endMainProcess(current, left.machine, left.container, left.main.rm) : null;
        if (ended) {
          current = ended.world;
          changes.push(ended.change);
        }
      }
      if (outcome.running) return { kind: 'running', handle: outcome.running };
      return { stdout: outcome.stdout, stderr: outcome.stderr, exitCode: outcome.exitCode, ...(outcome.transcript !== undefined ? { transcript: outcome.transcript } : {}) };
    },
  });
  if (waiting) {
    // The line waits at its question: nothing it did counts until it runs again with the answer.
    return { world, session: { ...session, history, pending: '', asking: { line: source, answers, shown: result.output, ...(locale ? { locale } : {}) } }, output: result.output, clear: false, changes: [], traces: [] };
  }
  return {
    world: current,
    session: { stack, history, lastExitCode: result.exitCode, pending: '', ...(Object.keys(result.env).length > 0 ? { env: result.env } : {}) },
    output: result.output,
    streams: { stdout: result.stdout, stderr: result.stderr },
    clear,
    ...(result.running ? { running: result.running } : {}),
    changes,
    traces,
  };
}

/** The main process of a container ends (its shell exited): the container stops, or goes with `--rm`. */
function endMainProcess(world: World, machine: string, container: string, rm: boolean): { world: World; change: Change } | null {
  const change: Change = rm ? { type: 'container/rm', on: machine, container, force: true } : { type: 'container/stop', on: machine, container, signal: 'stop' };
  const r = applyChange(world, change);
  return r.ok ? { world: r.world, change } : null;
}
