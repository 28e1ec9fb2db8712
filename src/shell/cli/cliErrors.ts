import { commandPath, useLine, type CliStyle, type CommandSpec } from './commandSpec';
import { renderHelp } from './renderHelp';

/** What docker prints on stderr (with final newline) and its exit code. */
export interface CliError {
  readonly message: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** docker/cli FlagErrorFunc around a pflag error; exit 125. */
export function flagError(spec: CommandSpec, message: string, style: CliStyle): CliError {
  const path = commandPath(spec);
  const text =
    style === 'modern'
      ? `${message}\n\nUsage:  ${useLine(spec)}\n\nRun '${path} --help' for more information`
      : `${message}\nSee '${path} --help'.${spec.commands?.length ? '\n\n' + renderHelp(spec, { style }) : ''}`;
  return { message, stderr: text + '\n', exitCode: 125 };
}

/** docker/cli cli/required.go: the error for a wrong number of positional arguments (exit 1), or undefined. */
export function argsError(spec: CommandSpec, args: readonly string[], style: CliStyle): CliError | undefined {
  const rule = spec.args;
  const n = args.length;
  const path = commandPath(spec);
  const arg = (k: number): string => (k === 1 ? 'argument' : 'arguments');
  let what: string;
  if (rule === 'none') {
    if (n === 0) return undefined;
    if (spec.commands?.length) {
      const text = style === 'modern' ? `docker: unknown command: ${path} ${args[0]}\n\nUsage:  ${useLine(spec)}\n\nRun '${path} --help' for more information` : '\n' + renderHelp(spec, { style }).trimEnd();
      return { message: text, stderr: text + '\n', exitCode: 1 };
    }
    what = 'accepts no arguments';
  } else if ('exact' in rule) {
    if (n === rule.exact) return undefined;
    what = `requires ${style === 'legacy' ? 'exactly ' : ''}${rule.exact} ${arg(rule.exact)}`;
  } else {
    const { min, max } = rule;
    if ((min === undefined || n >= min) && (max === undefined || n <= max)) return undefined;
    if (min !== undefined && max !== undefined) what = `requires at least ${min} and at most ${max} ${arg(max)}`;
    else if (min !== undefined) what = `requires at least ${min} ${arg(min)}`;
    else what = `requires at most ${max} ${arg(max ?? 0)}`;
  }
  const text =
    style === 'modern'
      ? `docker: '${path}' ${what}\n\nUsage:  ${useLine(spec)}\n\n${rule !== 'none' && !('exact' in rule) && rule.max === undefined ? 'See' : 'Run'} '${path} --help' for more information`
      : `"${path}" ${what}.\nSee '${path} --help'.\n\nUsage:  ${useLine(spec)}\n\n${spec.short}`;
  return { message: text, stderr: text + '\n', exitCode: 1 };
}
