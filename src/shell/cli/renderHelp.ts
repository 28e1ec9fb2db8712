import { commandPath, useLine, type CliStyle, type CommandSpec, type FlagSpec } from './commandSpec';
import { flagUsages } from './flagUsages';

/** cobra's help flag as docker/cli defines it; hidden since docker/cli 19.03, listed in 17.10. */
export function helpFlag(style: CliStyle): FlagSpec {
  return { name: 'help', type: 'bool', usage: 'Print usage', hidden: style === 'modern' };
}

/** Options for {@link renderHelp}. `cols` is the terminal width (docker wraps usage text at cols - 1). */
export interface HelpOptions {
  readonly style?: CliStyle;
  readonly cols?: number;
}

/** docker/cli's usage template for a leaf or management command (`docker network create --help`, `docker network --help`). */
export function renderHelp(spec: CommandSpec, options: HelpOptions = {}): string {
  const style = options.style ?? 'modern';
  const cols = options.cols ?? 80;
  const flags = [...spec.flags, helpFlag(style)];
  const hasFlags = flags.some((f) => !f.hidden);
  const subs = [...(spec.commands ?? [])].sort((a, b) => (name(a) < name(b) ? -1 : 1));
  const path = commandPath(spec);
  const sep = style === 'modern' ? '  ' : '\t';
  let out = 'Usage:' + sep;
  out += subs.length ? `${path}${style === 'modern' && hasFlags ? ' [OPTIONS]' : ''} COMMAND` : useLine(spec);
  out += `\n\n${spec.short.trim()}`;
  if (spec.aliases?.length) {
    const parent = ['docker', ...spec.path.slice(0, -1)].join(' ');
    out += '\n\nAliases:\n  ' + (style === 'modern' ? [path, ...spec.aliases.map((a) => `${parent} ${a}`)] : [name(spec), ...spec.aliases]).join(', ');
  }
  if (hasFlags) out += '\n\nOptions:\n' + flagUsages(flags, cols - 1).trimEnd();
  const pad = Math.max(11, ...subs.map((s) => name(s).length));
  const groups: [string, CommandSpec[]][] = [
    ['Management Commands', subs.filter((s) => s.commands?.length)],
    ['Commands', subs.filter((s) => !s.commands?.length)],
  ];
  for (const [title, list] of groups) {
    if (list.length) out += `\n\n${title}:` + list.map((s) => `\n  ${name(s).padEnd(pad)} ${s.short}`).join('');
  }
  if (subs.length) out += `\n\nRun '${path} COMMAND --help' for more information on a command.`;
  return out + '\n';
}

function name(spec: CommandSpec): string {
  return spec.use.split(' ')[0] ?? '';
}
