import type { World } from '../../sim/world';
import { commandsFor } from '../registry';
import { currentFrame, type Session } from '../session';
import { dockerWords, type Words } from './dockerWords';
import { machineNames } from './worldNames';

/** What Tab does to a line: the new text before the cursor, and the matching candidates (sorted). */
export interface Completion {
  /** Replaces `line.slice(0, cursor)`; the text after the cursor stays. */
  readonly replacement: string;
  /** Every match of the word at the cursor; more than one is what a second Tab lists. */
  readonly candidates: readonly string[];
}

const MACHINE_SUBCOMMANDS = ['ip', 'ls', 'ssh', 'start', 'stop'];

function wordsFor(world: World, session: Session, done: readonly string[], word: string): Words {
  const frame = currentFrame(session);
  const none: Words = { words: [], suffix: ' ' };
  if (done.length === 0) return { words: [...commandsFor(frame.kind).keys()], suffix: ' ' };
  const [command] = done;
  if (frame.kind === 'laptop' && command === 'docker-machine') {
    if (done.length === 1) return { words: MACHINE_SUBCOMMANDS, suffix: ' ' };
    return done.length === 2 && done[1] !== 'ls' ? { words: machineNames(world), suffix: ' ' } : none;
  }
  if (frame.kind === 'laptop' && command === 'ssh') {
    const at = word.includes('@') ? word.slice(0, word.indexOf('@') + 1) : '';
    return { words: machineNames(world).map((m) => at + m), suffix: ' ' };
  }
  if (frame.kind === 'node' && command === 'docker') return dockerWords(world, frame.machine, done.slice(1), word);
  return none;
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Tab completion at `cursor` in `line`, in the session's current shell: command names, then for
 * `docker` its subcommands, flags and the names the world holds (nodes, containers, networks,
 * services, images), for `docker-machine` and `ssh` the machines. Words split on blanks.
 */
export function complete(world: World, session: Session, line: string, cursor: number): Completion {
  const head = line.slice(0, cursor);
  if (session.pending !== '') return { replacement: head, candidates: [] };
  const start = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t')) + 1;
  const word = head.slice(start);
  const segment = head.slice(0, start).split(/[;|&]|\$\(/).pop() ?? '';
  const done = segment.split(/\s+/).filter((w) => w !== '');
  const found = wordsFor(world, session, done, word);
  const candidates = [...new Set(found.words.filter((w) => w.startsWith(word)))].sort();
  if (candidates.length === 0) return { replacement: head, candidates };
  if (candidates.length === 1) return { replacement: head.slice(0, start) + (candidates[0] as string) + found.suffix, candidates };
  return { replacement: head.slice(0, start) + commonPrefix(candidates), candidates };
}
