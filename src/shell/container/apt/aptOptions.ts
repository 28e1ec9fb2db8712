/** apt-get's command line, as far as the container shell understands it. */
export interface AptOptions {
  readonly verb: string | undefined;
  readonly packages: readonly string[];
  readonly yes: boolean;
  /** -q hides progress (none is printed here); -qq also hides apt's own lines and implies -y. */
  readonly quiet: 0 | 1 | 2;
  readonly recommends: boolean;
}

const YES: ReadonlySet<string> = new Set(['-y', '--yes', '--assume-yes']);
const QUIET: ReadonlySet<string> = new Set(['-q', '--quiet']);

/** Reads `apt-get [OPTIONS] VERB [OPTIONS] PKG...` (options may come anywhere, as apt-get allows). */
export function aptOptions(args: readonly string[]): AptOptions {
  const words = args.filter((a) => !a.startsWith('-'));
  const quiet = args.includes('-qq') ? 2 : args.some((a) => QUIET.has(a)) ? 1 : 0;
  return {
    verb: words[0],
    packages: words.slice(1),
    yes: quiet === 2 || args.some((a) => YES.has(a)),
    quiet,
    recommends: !args.includes('--no-install-recommends'),
  };
}
