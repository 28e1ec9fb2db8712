import type { CommandSpec, FlagSpec } from '../cli/commandSpec';
import { dockerCatalog } from '../docker/catalog';
import type { World } from '../../sim/world';
import { containerNames, imageNames, networkNames, nodeNames, serviceNames } from './worldNames';
import { table } from '../../sim/own';

const catalog = dockerCatalog();
const commands = catalog.filter((c) => !c.commands);
const groups = catalog.filter((c) => c.commands);

/** Words that may follow a command, by path: what each positional argument (0-based) names. */
type Kind = 'container' | 'running' | 'exec' | 'network' | 'service' | 'node' | 'image' | 'scale';
const POSITIONALS: Readonly<Record<string, readonly Kind[]>> = table({
  exec: ['exec'], 'container exec': ['exec'],
  kill: ['running'], 'container kill': ['running'], stop: ['running'], 'container stop': ['running'],
  rm: ['container'], 'container rm': ['container'], start: ['container'], 'container start': ['container'],
  logs: ['container'], 'container logs': ['container'], inspect: ['container'], 'container inspect': ['container'],
  run: ['image'], 'container run': ['image'], 'service create': ['image'],
  'network inspect': ['network'], 'network rm': ['network'], 'network connect': ['network', 'container'], 'network disconnect': ['network', 'container'],
  'service ps': ['service'], 'service inspect': ['service'], 'service rm': ['service'], 'service logs': ['service'], 'service update': ['service'], 'service scale': ['scale'],
  'node inspect': ['node'], 'node ps': ['node'], 'node rm': ['node'], 'node update': ['node'], 'node promote': ['node'], 'node demote': ['node'],
});
/** Flags whose value names a network, an image or a node. */
const FLAG_VALUES: Readonly<Record<string, Kind>> = table({ network: 'network' });
/** Kinds that take several arguments of the same kind (`docker rm a b`). */
const REPEATS: ReadonlySet<Kind> = new Set(['container', 'running', 'network', 'service', 'node', 'scale']);

/** A candidate list; `suffix` is what a unique completion appends ('' for `name=`). */
export interface Words {
  readonly words: readonly string[];
  readonly suffix: string;
}

const none: Words = { words: [], suffix: ' ' };
const plain = (words: readonly string[]): Words => ({ words, suffix: ' ' });

function namesOf(kind: Kind, world: World, machine: string, word: string): Words {
  switch (kind) {
    case 'container': return plain(containerNames(world, machine, false, word !== ''));
    case 'exec':
    case 'running': return plain(containerNames(world, machine, true, word !== ''));
    case 'network': return plain(networkNames(world, machine));
    case 'service': return plain(serviceNames(world));
    case 'node': return plain(nodeNames(world));
    case 'image': return plain(imageNames());
    case 'scale': return { words: serviceNames(world).map((n) => `${n}=`), suffix: '' };
  }
}

/** The command a word list starts with (longest path, aliases of the last word allowed), and how many words it took. */
function commandOf(words: readonly string[]): { spec: CommandSpec; length: number } | null {
  let best: { spec: CommandSpec; length: number } | null = null;
  for (const spec of commands) {
    const fits = spec.path.every((p, i) => words[i] === p || (i === spec.path.length - 1 && (spec.aliases ?? []).includes(words[i] ?? '')));
    if (fits && spec.path.length <= words.length && (!best || spec.path.length > best.length)) best = { spec, length: spec.path.length };
  }
  return best;
}

function flagOf(spec: CommandSpec, word: string): FlagSpec | undefined {
  if (word.startsWith('--')) return spec.flags.find((f) => f.name === word.slice(2));
  const letter = word.slice(-1);
  return spec.flags.find((f) => f.shorthand === letter);
}

/**
 * Candidates for the word being typed after `docker`: `done` are the complete words between `docker`
 * and it, `word` the part typed so far. Flags complete as `--name`; values of `--network` as networks.
 */
export function dockerWords(world: World, machine: string, done: readonly string[], word: string): Words {
  const found = commandOf(done);
  if (!found) {
    if (done.length === 0) return plain([...new Set(catalog.map((c) => c.path[0] as string))]);
    const group = groups.find((g) => g.path[0] === done[0]);
    if (group && done.length === 1) return plain((group.commands ?? []).map((c) => c.path[1] as string));
    return none;
  }
  const { spec } = found;
  if (word.startsWith('--') && word.includes('=')) {
    const name = word.slice(2, word.indexOf('='));
    const kind = FLAG_VALUES[name];
    if (!kind) return none;
    const head = word.slice(0, word.indexOf('=') + 1);
    const values = namesOf(kind, world, machine, '');
    return { words: values.words.map((v) => head + v), suffix: values.suffix };
  }
  if (word.startsWith('-')) {
    return plain([...spec.flags.filter((f) => !f.hidden).map((f) => `--${f.name}`), '--help']);
  }
  const rest = done.slice(found.length);
  const last = rest[rest.length - 1] ?? '';
  if (last.startsWith('-') && !last.includes('=')) {
    const flag = flagOf(spec, last);
    if (flag && flag.type !== 'bool') {
      const kind = FLAG_VALUES[flag.name];
      return kind ? namesOf(kind, world, machine, word) : none;
    }
  }
  let position = 0;
  for (let i = 0; i < rest.length; i += 1) {
    const w = rest[i] as string;
    if (!w.startsWith('-') || w === '-') position += 1;
    else if (!w.includes('=') && flagOf(spec, w)?.type !== 'bool') i += 1;
  }
  const kinds = POSITIONALS[spec.path.join(' ')] ?? [];
  const lastKind = kinds[kinds.length - 1];
  const kind = kinds[position] ?? (lastKind && REPEATS.has(lastKind) ? lastKind : undefined);
  return kind ? namesOf(kind, world, machine, word) : none;
}
