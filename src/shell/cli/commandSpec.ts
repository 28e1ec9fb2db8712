/**
 * Value kinds, named as pflag / docker/cli `Type()` names them.
 * `list` is docker's ListOpts (repeatable), `map` its MapOpts (`k=v`, repeatable),
 * `stringSlice` / `ipSlice` / `ipNetSlice` split each value on commas; `duration` is stored in nanoseconds;
 * `filter` is docker's FilterOpt (repeatable `name=value`, stored as `name=value` strings with the name lower-cased).
 */
export type FlagType = 'bool' | 'string' | 'int' | 'uint64' | 'duration' | 'stringArray' | 'stringSlice' | 'list' | 'map' | 'filter' | 'ipSlice' | 'ipNetSlice';

/** A flag's parsed value: boolean, string, number (int, uint64, duration in ns), string[] or map. */
export type FlagValue = boolean | string | number | readonly string[] | Readonly<Record<string, string>>;

/** One flag of a command, as cobra/pflag declares it, e.g. `{ name: 'driver', shorthand: 'd', type: 'string', default: 'bridge', usage: 'Driver to manage the Network' }`. */
export interface FlagSpec {
  readonly name: string;
  /** One letter, used as `-d`. */
  readonly shorthand?: string;
  readonly type: FlagType;
  /** Defaults: false, '', 0, [] or {} by type. Shown in help as pflag does (`(default "bridge")`, `(default map[])`). */
  readonly default?: FlagValue;
  readonly usage: string;
  /** The value name in help when the Go type names it differently (`uint` for Uint64Opt, `port`, `bytes`...). */
  readonly valueName?: string;
  readonly hidden?: boolean;
}

/** Positional argument rule: docker/cli `cli.NoArgs`, `ExactArgs(n)`, `RequiresMinArgs`, `RequiresMaxArgs`, `RequiresRangeArgs`; `{}` accepts any. */
export type ArgsRule = 'none' | { readonly exact: number } | { readonly min?: number; readonly max?: number };

/** A docker command declared as data, mirroring its cobra.Command. */
export interface CommandSpec {
  /** Words after `docker`, e.g. ['network', 'create']. */
  readonly path: readonly string[];
  /** cobra `Use`, e.g. 'create [OPTIONS] NETWORK'. */
  readonly use: string;
  readonly short: string;
  readonly aliases?: readonly string[];
  readonly args: ArgsRule;
  readonly flags: readonly FlagSpec[];
  /** false for commands that call `SetInterspersed(false)` (run, exec, service create): flags stop at the first argument. */
  readonly interspersed?: boolean;
  /** Subcommands of a management command such as `docker network`. */
  readonly commands?: readonly CommandSpec[];
}

/** Which docker/cli wording to reproduce: `modern` is docker/cli 28+ (profile 29), `legacy` is 17.10. */
export type CliStyle = 'modern' | 'legacy';

/** `docker network create`, as printed in messages. */
export function commandPath(spec: CommandSpec): string {
  return ['docker', ...spec.path].join(' ');
}

/** cobra's UseLine with DisableFlagsInUseLine: the parent's path, then `use`. */
export function useLine(spec: CommandSpec): string {
  return ['docker', ...spec.path.slice(0, -1), spec.use].join(' ');
}
