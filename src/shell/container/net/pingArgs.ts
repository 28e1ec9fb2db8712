/** What ping was asked to do. */
export interface PingArgs {
  readonly host: string;
  /** -c: stop after this many; null runs until Ctrl+C. */
  readonly count: number | null;
  /** -s: payload bytes (default 56). */
  readonly size: number;
  /** -M do: forbid fragmentation (iputils only). */
  readonly df: boolean;
  /** -W: seconds to wait for a reply. */
  readonly waitS: number | null;
}

export type PingFlavour = 'iputils' | 'busybox';

/** The most echoes `-c` may ask for: every echo is simulated and printed at once, and more would freeze the page. */
export const MAX_PING_COUNT = 1000;

/** Parses `ping [-c N] [-s N] [-M do|dont|want] [-W N] [-n] HOST` the way each ping accepts it. */
export function parsePingArgs(argv: readonly string[], flavour: PingFlavour): PingArgs | { error: string; exitCode: number } {
  let count: number | null = null;
  let size = 56;
  let df = false;
  let waitS: number | null = null;
  const hosts: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const m = /^-([csMWwi])(.*)$/.exec(a);
    if (m && (flavour === 'iputils' || m[1] !== 'M')) {
      const value = m[2] !== '' ? m[2] : args[++i];
      if (value === undefined) return flavour === 'iputils' ? { error: `ping: option requires an argument -- '${m[1]}'\n`, exitCode: 2 } : { error: `ping: option requires an argument -- ${m[1]}\n`, exitCode: 1 };
      const n = Number(value);
      if (m[1] === 'M') {
        if (!['do', 'dont', 'want', 'probe'].includes(value)) return { error: `ping: invalid -M argument: ${value}\n`, exitCode: 2 };
        df = value === 'do' || value === 'probe';
      } else if (!Number.isInteger(n) || n < 0) {
        return flavour === 'iputils' ? { error: `ping: invalid argument: '${value}'\n`, exitCode: 1 } : { error: `ping: invalid number '${value}'\n`, exitCode: 1 };
      } else if (m[1] === 'c' && n > MAX_PING_COUNT) {
        return { error: `ping: playground limit: at most ${MAX_PING_COUNT} echoes with -c (without -c, ping runs until Ctrl+C)\n`, exitCode: flavour === 'iputils' ? 2 : 1 };
      } else if (m[1] === 'c') count = n;
      else if (m[1] === 's') size = n;
      else if (m[1] === 'W' || m[1] === 'w') waitS = n;
      continue;
    }
    if (a === '-n' || a === '-q' || a === '-4') continue;
    if (a.startsWith('-') && a.length > 1) {
      return flavour === 'iputils' ? { error: `ping: invalid option -- '${a[1]}'\n`, exitCode: 2 } : { error: `ping: unrecognized option: ${a.slice(1)}\n`, exitCode: 1 };
    }
    hosts.push(a);
  }
  const host = hosts[hosts.length - 1];
  if (host === undefined) {
    return flavour === 'iputils' ? { error: 'ping: usage error: Destination address required\n', exitCode: 1 } : { error: 'ping: missing host\n', exitCode: 1 };
  }
  return { host, count: count === 0 ? null : count, size, df, waitS };
}
