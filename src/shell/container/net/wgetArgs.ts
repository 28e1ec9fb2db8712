/** What both wgets (BusyBox and GNU) take from `wget [-q|--quiet] [-O FILE|-] URL`. */
export interface WgetArgs {
  readonly quiet: boolean;
  /** `-O`'s file; `-` is standard output; null when not given. */
  readonly output: string | null;
  readonly target: string | null;
}

/** Reads wget's arguments; short flags group (`-qO-`, `-qO /tmp/x`). */
export function parseWgetArgs(argv: readonly string[]): WgetArgs {
  let quiet = false;
  let output: string | null = null;
  let target: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    const m = /^-([qO]+)(.*)$/.exec(a);
    if (m) {
      quiet ||= (m[1] as string).includes('q');
      if ((m[1] as string).includes('O')) output = m[2] !== '' ? (m[2] as string) : (argv[++i] ?? null);
    } else if (a === '--quiet') quiet = true;
    else target = a;
  }
  return { quiet, output, target };
}
