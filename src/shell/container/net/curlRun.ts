import type { Plan } from '../../../sim/traffic/plan';
import type { PacketTrace } from '../../../sim/traffic/trace';
import type { World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { httpFetch } from './httpFetch';
import type { Url } from './parseUrl';

/** curl's own options this playground understands. */
export interface CurlArgs {
  readonly url: string;
  readonly silent: boolean;
  readonly showError: boolean;
  readonly maxTimeS: number | null;
}

/** Parses `curl [-s] [-S] [-sS] [-m N] [--connect-timeout N] URL`; a string is curl's error text. */
export function parseCurlArgs(argv: readonly string[]): CurlArgs | string {
  let url: string | null = null;
  let silent = false;
  let showError = false;
  let maxTimeS: number | null = null;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) return `curl: option ${a}: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;
      maxTimeS = v;
    } else if (/^-[sSLvk]+$/.test(a)) {
      silent ||= a.includes('s');
      showError ||= a.includes('S');
    } else if (a === '--silent') silent = true;
    else if (a.startsWith('-')) return `curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;
    else url = a;
  }
  if (url === null) return "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n";
  return { url, silent, showError, maxTimeS };
}

const TCP_SYN_GIVE_UP_MS = 127_000;

/** curl's output for a fetch over a plan: the body, or `curl: (N) ...` as curl 8 words it. */
export function curlOutcome(world: World, plan: Plan, a: CurlArgs, url: Url, ip: string, o: { srcPort: number; userAgent: string; command: string; before: readonly PacketTrace[]; startUs?: number }): CommandOutcome {
  const request = { path: url.path, host: url.authority, headers: [['User-Agent', o.userAgent], ['Accept', '*/*']] as const };
  const f = httpFetch(world, plan, { dst: ip, dstPort: url.port, srcPort: o.srcPort, request, command: o.command, before: o.before, startUs: o.startUs ?? 0 });
  const extra = { traces: [f.trace], ...(f.world ? { world: f.world, changes: f.changes } : {}) };
  const quiet = a.silent && !a.showError;
  const fail = (code: number, text: string): CommandOutcome => ({ stdout: '', stderr: quiet ? '' : `curl: (${code}) ${text}\n`, exitCode: code, ...extra });
  const refused = (ms: number) => fail(7, `Failed to connect to ${url.host === ip ? ip : `${url.host}`} port ${url.port} after ${ms} ms: Couldn't connect to server`);
  switch (plan.verdict) {
    case 'answered':
      if (!f.replied) return fail(52, 'Empty reply from server');
      return { stdout: f.body, stderr: '', exitCode: 0, ...extra };
    case 'refused':
    case 'unreachable':
    case 'msgsize':
      return refused(0);
    case 'host-unreachable':
      return refused(3070);
    case 'timeout': {
      if (a.maxTimeS !== null) return fail(28, `Connection timed out after ${Math.round(a.maxTimeS * 1000) + 1} milliseconds`);
      return fail(28, `Failed to connect to ${url.host} port ${url.port} after ${TCP_SYN_GIVE_UP_MS + (o.srcPort % 900)} ms: Couldn't connect to server`);
    }
  }
}
