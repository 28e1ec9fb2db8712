import { argsError, flagError, type CliError } from './cliErrors';
import type { CliStyle, CommandSpec, FlagSpec, FlagValue } from './commandSpec';
import { initialValue, setFlag } from './flagValue';
import { helpFlag, renderHelp } from './renderHelp';

/** Parsed command line: every flag's value (defaults included), which flags were given, and positional args. */
export interface ParsedArgs {
  readonly kind: 'ok';
  readonly flags: Readonly<Record<string, FlagValue>>;
  readonly changed: ReadonlySet<string>;
  readonly args: readonly string[];
}

/** `--help` / `-h`: help on stdout; `-h` also warns on stderr, as docker/cli does. */
export interface HelpRequest {
  readonly kind: 'help';
  readonly stdout: string;
  readonly stderr: string;
}

/** Result of {@link parseArgs}; errors carry docker's exact stderr and exit code (125 flags, 1 arguments). */
export type ParseArgsResult = ParsedArgs | HelpRequest | ({ readonly kind: 'error' } & CliError);

/** Options for {@link parseArgs}. */
export interface ParseArgsOptions {
  readonly style?: CliStyle;
  /** Terminal width for help output. */
  readonly cols?: number;
}

class FlagFailure {
  constructor(readonly message: string) {}
}

/**
 * Parses argv (the words after the command path) with pflag semantics, then checks the argument count.
 * Example: parseArgs(networkCreate, ['-d', 'overlay', 'mynet']) gives flags.driver 'overlay', args ['mynet'].
 */
export function parseArgs(spec: CommandSpec, argv: readonly string[], options: ParseArgsOptions = {}): ParseArgsResult {
  const style = options.style ?? 'modern';
  const all = [...spec.flags, helpFlag(style)];
  const values: Record<string, FlagValue> = Object.fromEntries(all.map((f) => [f.name, initialValue(f)]));
  const changed = new Set<string>();
  const positional: string[] = [];
  let warning = '';

  const set = (flag: FlagSpec, raw: string): void => {
    const v = setFlag(flag, values[flag.name] as FlagValue, raw, !changed.has(flag.name));
    if (typeof v === 'object' && v !== null && 'cause' in v) {
      const shown = flag.shorthand ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`;
      throw new FlagFailure(`invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(shown)} flag: ${v.cause}`);
    }
    values[flag.name] = v as FlagValue;
    changed.add(flag.name);
  };

  const rest = [...argv];
  try {
    while (rest.length > 0) {
      const s = rest.shift() as string;
      if (s.length < 2 || s[0] !== '-') {
        positional.push(s);
        if (spec.interspersed === false) positional.push(...rest.splice(0));
        continue;
      }
      if (s === '--') {
        positional.push(...rest.splice(0));
        break;
      }
      if (s[1] === '-') {
        const body = s.slice(2);
        if (body.startsWith('-') || body.startsWith('=')) throw new FlagFailure(`bad flag syntax: ${s}`);
        const eq = body.indexOf('=');
        const name = eq < 0 ? body : body.slice(0, eq);
        const flag = all.find((f) => f.name === name);
        if (!flag) throw new FlagFailure(`unknown flag: --${name}`);
        if (eq >= 0) set(flag, body.slice(eq + 1));
        else if (flag.type === 'bool') set(flag, 'true');
        else if (rest.length > 0) set(flag, rest.shift() as string);
        else throw new FlagFailure(`flag needs an argument: --${name}`);
        continue;
      }
      let shorts = s.slice(1);
      while (shorts.length > 0) {
        const c = shorts[0] as string;
        const flag = all.find((f) => f.shorthand === c) ?? (c === 'h' ? all.find((f) => f.name === 'help') : undefined);
        if (!flag) throw new FlagFailure(`unknown shorthand flag: '${c}' in -${shorts}`);
        if (flag.name === 'help') warning += `Flag shorthand -h has been deprecated, ${style === 'modern' ? 'use' : 'please use'} --help\n`;
        if (shorts[1] === '=' && shorts.length > 2) {
          set(flag, shorts.slice(2));
          shorts = '';
        } else if (flag.type === 'bool') {
          set(flag, 'true');
          shorts = shorts.slice(1);
        } else if (shorts.length > 1) {
          set(flag, shorts.slice(1));
          shorts = '';
        } else if (rest.length > 0) {
          set(flag, rest.shift() as string);
          shorts = '';
        } else throw new FlagFailure(`flag needs an argument: '${c}' in -${shorts}`);
      }
    }
  } catch (e) {
    if (e instanceof FlagFailure) return { kind: 'error', ...flagError(spec, e.message, style) };
    throw e;
  }
  if (values.help === true) return { kind: 'help', stdout: renderHelp(spec, { style, cols: options.cols ?? 80 }), stderr: warning };
  const bad = argsError(spec, positional, style);
  if (bad) return { kind: 'error', ...bad };
  delete values.help;
  changed.delete('help');
  return { kind: 'ok', flags: values, changed, args: positional };
}
