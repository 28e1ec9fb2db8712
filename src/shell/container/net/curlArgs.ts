/** curl's own options this playground understands. */
export interface CurlArgs {
  readonly url: string;
  readonly silent: boolean;
  readonly showError: boolean;
  readonly maxTimeS: number | null;
  readonly connectTimeoutS: number | null;
  readonly verbose: boolean;
  /** -I: a HEAD request, the response headers printed. */
  readonly head: boolean;
  /** -i: the response headers printed before the body. */
  readonly include: boolean;
  readonly output: string | null;
  readonly writeOut: string | null;
  readonly method: string | null;
  readonly headers: readonly (readonly [string, string])[];
  readonly data: string | null;
}

const help = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const longNames = new Map<string, string>([
  ['--silent', 's'], ['--show-error', 'S'], ['--location', 'L'], ['--verbose', 'v'], ['--insecure', 'k'],
  ['--head', 'I'], ['--include', 'i'], ['--output', 'o'], ['--write-out', 'w'], ['--header', 'H'],
  ['--request', 'X'], ['--data', 'd'], ['--data-raw', 'd'], ['--max-time', 'm'], ['--connect-timeout', 'T'],
]);
/** Short options that take a value (T stands for --connect-timeout, which has no short form). */
const withValue = new Set(['o', 'w', 'H', 'X', 'd', 'm', 'T']);

/** Parses curl's command line; a string is curl's error text. */
export function parseCurlArgs(argv: readonly string[]): CurlArgs | string {
  const a = { url: null as string | null, silent: false, showError: false, maxTimeS: null as number | null, connectTimeoutS: null as number | null, verbose: false, head: false, include: false, output: null as string | null, writeOut: null as string | null, method: null as string | null, headers: [] as [string, string][], data: null as string | null };
  const take = (letter: string, value: string, shown: string): string | null => {
    if (letter === 'm' || letter === 'T') {
      const v = Number(value);
      if (value === '' || !Number.isFinite(v)) return `curl: option ${shown}: expected a proper numerical parameter\n${help}`;
      if (letter === 'm') a.maxTimeS = v;
      else a.connectTimeoutS = v;
    } else if (letter === 'o') a.output = value;
    else if (letter === 'w') a.writeOut = value;
    else if (letter === 'X') a.method = value;
    else if (letter === 'd') a.data = a.data === null ? value : `${a.data}&${value}`;
    else if (letter === 'H') {
      const colon = value.indexOf(':');
      if (colon > 0) a.headers.push([value.slice(0, colon), value.slice(colon + 1).trim()]);
    }
    return null;
  };
  const flag = (letter: string) => {
    if (letter === 's') a.silent = true;
    else if (letter === 'S') a.showError = true;
    else if (letter === 'v') a.verbose = true;
    else if (letter === 'I') a.head = true;
    else if (letter === 'i') a.include = true;
  };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    const long = longNames.get(arg);
    if (long !== undefined) {
      if (!withValue.has(long)) flag(long);
      else {
        if (i + 1 >= argv.length) return `curl: option ${arg}: requires parameter\n${help}`;
        const err = take(long, argv[++i] as string, arg);
        if (err) return err;
      }
    } else if (/^-[a-zA-Z]/.test(arg)) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] as string;
        if (!'sSLvkIiowHXdm'.includes(letter)) return `curl: option -${letter}: is unknown\n${help}`;
        if (!withValue.has(letter)) { flag(letter); continue; }
        const rest = arg.slice(j + 1);
        if (rest === '' && i + 1 >= argv.length) return `curl: option -${letter}: requires parameter\n${help}`;
        const err = take(letter, rest !== '' ? rest : argv[++i] as string, `-${letter}`);
        if (err) return err;
        break;
      }
    } else if (arg.startsWith('-') && arg !== '-') return `curl: option ${arg}: is unknown\n${help}`;
    else a.url = arg;
  }
  if (a.url === null) return `curl: no URL specified!\n${help}`;
  return { ...a, url: a.url };
}
