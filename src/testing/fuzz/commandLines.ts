import fc from 'fast-check';
import type { CommandSpec, FlagSpec } from '../../shell/cli/commandSpec';
import { dockerCatalog } from '../../shell/docker/catalog';
import type { Frame } from '../../shell/types';
import { oddCharacters, oddNumbers, poolForFlag, pools, type Pool } from './valuePools';

const word = (pool: Pool) => fc.constantFrom(...pools[pool]);

/** Every docker command that runs (management groups expanded to their subcommands). */
function leaves(specs: readonly CommandSpec[]): CommandSpec[] {
  return specs.flatMap((s) => (s.commands && s.commands.length > 0 ? leaves(s.commands) : [s]));
}
const dockerSpecs = leaves(dockerCatalog());

/** One flag as typed: `--name value`, `--name=value`, `-n value`, or a bool alone. */
function flagTokens(f: FlagSpec): fc.Arbitrary<string[]> {
  const value = word(poolForFlag(f.name, f.type));
  const long = `--${f.name}`;
  if (f.type === 'bool') return fc.constantFrom([long], [`${long}=false`], [`${long}=true`], ...(f.shorthand ? [[`-${f.shorthand}`]] : []));
  return fc.tuple(value, fc.constantFrom('space', 'equals', 'short')).map(([v, how]) =>
    how === 'equals' ? [`${long}=${v}`] : how === 'short' && f.shorthand ? [`-${f.shorthand}`, v] : [long, v],
  );
}

/** `docker <path> [flags] [args]` for a command the CLI knows, its flags and values drawn from its spec. */
export const dockerCommand: fc.Arbitrary<string[]> = fc.constantFrom(...dockerSpecs).chain((spec) => {
  const flags = spec.flags.filter((f) => !f.hidden);
  const someFlags = flags.length === 0 ? fc.constant<string[][]>([]) : fc.array(fc.constantFrom(...flags).chain(flagTokens), { maxLength: 3 });
  const args = fc.array(fc.oneof({ weight: 3, arbitrary: word('name') }, { weight: 2, arbitrary: word('image') }, word('text'), word('number')), { maxLength: 2 });
  const scale = spec.path.join(' ') === 'service scale' ? fc.array(fc.tuple(word('name'), word('number')).map(([n, v]) => `${n}=${v}`), { maxLength: 2 }) : fc.constant([]);
  return fc.tuple(someFlags, args, scale).map(([fs, as, sc]) => ['docker', ...spec.path, ...fs.flat(), ...as, ...sc]);
});

/** Commands each shell has besides docker (the laptop and containers have none of docker). */
const shellCommands: Record<Frame['kind'], fc.Arbitrary<string[]>> = {
  laptop: fc.oneof(
    fc.tuple(fc.constantFrom('ls', 'ip', 'ssh', 'stop', 'start', 'env', 'version', 'status', 'nope'), word('name')).map(([v, n]) => ['docker-machine', v, n]),
    fc.tuple(fc.constantFrom('ping -c 1', 'curl -s', 'ssh', 'curl'), fc.constantFrom('192.168.99.100', '192.168.99.101:8080', 'http://192.168.99.100:8080', 'default', 'google.com')).map(([c, t]) => [...c.split(' '), t]),
    fc.constant<string[]>(['help']),
  ),
  node: fc.oneof(
    dockerCommand,
    dockerCommand,
    fc.constantFrom<string[]>(['hostname'], ['ip', 'addr'], ['ip', 'route'], ['ip', 'link'], ['uname', '-a'], ['exit']),
    fc.tuple(fc.constantFrom('c1', 'c2', 'nosuch', 'web.1'), fc.constantFrom('sh', 'bash', 'ash')).map(([c, s]) => ['docker', 'exec', '-it', c, s]),
  ),
  container: fc.oneof(
    fc.tuple(fc.constantFrom('ping -c 1', 'ping -c 2 -W 1', 'nslookup', 'dig', 'curl -s', 'wget -qO-', 'getent hosts'), fc.oneof(word('name'), word('ip'), fc.constantFrom('google.com', 'tasks.web', 'http://web/', 'http://web:80/x'))).map(([c, t]) => [...c.split(' '), t]),
    fc.constantFrom<string[]>(['cat', '/etc/hosts'], ['cat', '/etc/resolv.conf'], ['cat', '/etc/hostname'], ['ip', 'addr'], ['ls', '/'], ['hostname'], ['apt-get', 'update'], ['exit']),
    fc.tuple(fc.constantFrom('apt-get install -y', 'apk add', 'apt install'), fc.constantFrom('iputils-ping', 'dnsutils', 'curl', 'bind-tools', 'wget', 'nosuch', 'constructor')).map(([c, p]) => [...c.split(' '), p]),
  ),
};

/** Commands every shell has: text tools, echo, sleep, true/false. */
const everywhere: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(fc.constantFrom('echo', 'echo -n', 'echo -e'), word('text')).map(([c, t]) => [...c.split(' '), t]),
  fc.tuple(fc.constant('sleep'), fc.constantFrom('0', '1', '2.5', '-1', 'x', '1e13', '99999999999')).map((a) => [...a]),
  fc.constantFrom<string[]>(['true'], ['false'], ['clear'], ['wc', '-l'], ['sort'], ['head', '-n', '2']),
);

/** A simple command for a shell of this kind. */
export const simpleCommand = (kind: Frame['kind']) => fc.oneof({ weight: 4, arbitrary: shellCommands[kind] }, { weight: 1, arbitrary: everywhere });

/** A filter a pipeline may end in. */
const filter = fc.constantFrom<string[]>(['grep', 'web'], ['grep', '-v', 'x'], ['head', '-3'], ['tail', '-n', '1'], ['wc', '-l'], ['sort'], ['cut', '-d', ' ', '-f1'], ['awk', "'{print $1}'"]);

const quoteWord = (w: string) => fc.oneof({ weight: 8, arbitrary: fc.constant(w) }, fc.constant(`'${w.replace(/'/g, '')}'`), fc.constant(`"${w.replace(/["\\$`]/g, '')}"`));
/** Mostly `plain`, now and then one of `rare`. */
const mostly = <T>(plain: T, rare: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: fc.constant(plain) }, { weight: 1, arbitrary: rare });

/** The shell language around commands: quotes, `$(...)`, pipes, `&&`, `||`, `;`, redirections, variables. */
export const commandLine = (kind: Frame['kind']): fc.Arbitrary<string[]> => {
  const quoted = simpleCommand(kind).chain((ws) => fc.tuple(...ws.map(quoteWord)));
  const subst = mostly<string[]>([], simpleCommand(kind).map((inner) => [`$(${inner.join(' ')})`]));
  const redirect = mostly<string[]>([], fc.constantFrom<string[]>(['>', '/dev/null'], ['2>&1'], ['2>/dev/null'], ['>', 'out.txt']));
  const filters = mostly<string[][]>([], fc.array(filter, { minLength: 1, maxLength: 2 }));
  const pipeline = fc.tuple(quoted, subst, redirect, filters).map(([c, sub, redir, fs]) => [...c, ...sub, ...redir, ...fs.flatMap((f) => ['|', ...f])]);
  const assign = mostly<string[]>([], fc.constantFrom<string[]>(['X=1'], ['A=__proto__'], ['PATH=']));
  const rest = mostly<[string, string[]][]>([], fc.array(fc.tuple(fc.constantFrom('&&', '||', ';'), pipeline), { minLength: 1, maxLength: 2 }));
  return fc.tuple(assign, pipeline, rest).map(([a, first, more]) => [...a, ...first, ...more.flatMap(([op, p]) => [op, ...p])]);
};

type Mutation =
  | { kind: 'drop' | 'repeat'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'number'; at: number; value: string }
  | { kind: 'char'; at: number; offset: number; value: string }
  | { kind: 'quote'; at: number; value: string }
  | { kind: 'long'; at: number; times: number }
  | { kind: 'nest'; at: number; depth: number };

const mutation = (maxLong: number, maxNest: number): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constantFrom('drop' as const, 'repeat' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.constantFrom(...oddNumbers) }),
    fc.record({ kind: fc.constant('char' as const), at: fc.nat(), offset: fc.nat(), value: fc.constantFrom(...oddCharacters) }),
    fc.record({ kind: fc.constant('quote' as const), at: fc.nat(), value: fc.constantFrom("'", '"', '$(', '`') }),
    fc.record({ kind: fc.constant('long' as const), at: fc.nat(), times: fc.integer({ min: 2, max: maxLong }) }),
    fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: maxNest }) }),
  );

function applyMutation(tokens: string[], m: Mutation): string[] {
  if (tokens.length === 0) return tokens;
  const i = m.at % tokens.length;
  const t = tokens[i] as string;
  const out = [...tokens];
  switch (m.kind) {
    case 'drop':
      out.splice(i, 1);
      break;
    case 'repeat':
      out.splice(i, 0, t);
      break;
    case 'swap': {
      const j = m.with % tokens.length;
      [out[i], out[j]] = [tokens[j] as string, t];
      break;
    }
    case 'number':
      out[i] = /^-?\d/.test(t) || /=\d/.test(t) ? t.replace(/-?\d[\d.e]*/, m.value) : m.value;
      break;
    case 'char': {
      const at = m.offset % (t.length + 1);
      out[i] = t.slice(0, at) + m.value + t.slice(at);
      break;
    }
    case 'quote':
      out[i] = m.value + t;
      break;
    case 'long':
      out[i] = t.repeat(Math.max(1, Math.floor(m.times / Math.max(1, t.length))));
      break;
    case 'nest':
      out[i] = `${'$('.repeat(m.depth)}${t}${')'.repeat(m.depth)}`;
      break;
  }
  return out;
}

/** A line as typed: generated from the grammar, then perhaps mutated (tokens dropped, repeated, swapped, made odd, made long, nested in `$(`). */
export const typedLine = (kind: Frame['kind'], options: { readonly maxLong: number; readonly maxNest: number }): fc.Arbitrary<string> =>
  fc.tuple(commandLine(kind), mostly<Mutation[]>([], fc.array(mutation(options.maxLong, options.maxNest), { minLength: 1, maxLength: 3 }))).map(([tokens, ms]) => ms.reduce(applyMutation, tokens).join(' '));
