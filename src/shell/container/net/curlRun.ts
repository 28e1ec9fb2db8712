import type { Plan } from '../../../sim/traffic/plan';
import type { PacketTrace } from '../../../sim/traffic/trace';
import type { World } from '../../../sim/world';
import { strerror } from '../../lang/fileAccess';
import type { CommandOutcome } from '../../types';
import type { CurlArgs } from './curlArgs';
import { progressMeter, verboseConnect, verboseRequest, verboseToFile, writeOut } from './curlShow';
import { httpFetch } from './httpFetch';
import type { OutcomeWithFile, WriteFailure } from './outputFile';
import type { Url } from './parseUrl';

export { parseCurlArgs, type CurlArgs } from './curlArgs';

/** How curl words an `-o` file it cannot open (exit 23). */
export const curlWriteFailure: WriteFailure = (path, error, size) => ({
  text: `Warning: Failed to open the file ${path}: ${strerror[error]}\ncurl: (23) Failure writing output to destination, passed ${size} returned 4294967295\n`,
  exitCode: 23,
});

const TCP_SYN_GIVE_UP_MS = 127_000;

/** The request curl sends: its defaults, then -H headers (one with a default's name replaces it), then -d's body. */
function curlRequest(a: CurlArgs, url: Url, userAgent: string) {
  const method = a.method ?? (a.head ? 'HEAD' : a.data !== null ? 'POST' : 'GET');
  const given = new Map(a.headers.map(([k, v]) => [k.toLowerCase(), v]));
  const host = given.get('host') ?? url.authority;
  const defaults: [string, string][] = [['User-Agent', userAgent], ['Accept', '*/*']];
  if (a.data !== null) defaults.push(['Content-Length', String(new TextEncoder().encode(a.data).length)], ['Content-Type', 'application/x-www-form-urlencoded']);
  const headers = [
    ...defaults.map(([k, v]): [string, string] => [k, given.get(k.toLowerCase()) ?? v]),
    ...a.headers.filter(([k]) => !['host', 'user-agent', 'accept', 'content-type'].includes(k.toLowerCase())),
  ];
  return { method, path: url.path, host, headers, ...(a.data !== null ? { body: a.data } : {}) };
}

/** curl's output for a fetch over a plan: the body (and -I/-i/-w/-v's extras), or `curl: (N) ...` as curl 8 words it. */
export function curlOutcome(world: World, plan: Plan, a: CurlArgs, url: Url, ip: string, o: { srcPort: number; userAgent: string; command: string; before: readonly PacketTrace[]; startUs?: number }): OutcomeWithFile {
  const version = o.userAgent.replace(/^curl\//, '');
  const request = curlRequest(a, url, o.userAgent);
  const f = httpFetch(world, plan, { dst: ip, dstPort: url.port, srcPort: o.srcPort, request, command: o.command, before: o.before, startUs: o.startUs ?? 0, headOnly: request.method === 'HEAD' });
  const extra = { traces: [f.trace], ...(f.world ? { world: f.world, changes: f.changes } : {}) };
  const quiet = a.silent && !a.showError;
  const trying = a.verbose ? verboseConnect(version, url.host, ip, url.port) : '';
  const seconds = Math.max(1, f.trace.packets.length) * 0.000_35;
  const transfer = { ip, port: url.port, url: `http://${url.authority}${url.path}`, method: request.method, total: seconds };
  const fail = (code: number, text: string): CommandOutcome => {
    const w = a.writeOut !== null ? writeOut(a.writeOut, { ...transfer, code: 0, size: 0, contentType: '' }) : { text: '', warnings: '', shown: '' };
    const said = quiet ? '' : `curl: (${code}) ${text}\n`;
    const why = code === 7 && plan.verdict === 'refused' && url.host !== ip ? `* connect to ${ip} port ${url.port} from ${plan.seenFrom} port ${o.srcPort} failed: Connection refused\n` : '';
    const trace = a.verbose ? `${trying}${why}* ${text}\n* closing connection #0\n` : '';
    const stderr = `${trace}${w.warnings}${said}`;
    return { stdout: w.text, stderr, exitCode: code, transcript: `${trace}${w.shown}${said}`, ...extra };
  };
  const refused = (ms: number) => fail(7, `Failed to connect to ${url.host === ip ? ip : `${url.host}`} port ${url.port} after ${ms} ms: Couldn't connect to server`);
  switch (plan.verdict) {
    case 'answered': {
      if (!f.replied) return fail(52, 'Empty reply from server');
      const code = Number(/^HTTP\/1\.1 (\d+)/.exec(f.head[0] ?? '')?.[1] ?? 0);
      const contentType = f.head.find((l) => /^content-type:/i.test(l))?.replace(/^[^:]*:\s*/, '') ?? '';
      const headText = `${f.head.join('\n')}\n\n`;
      const shown = a.head ? headText : a.include ? headText + f.body : f.body;
      const w = a.writeOut !== null ? writeOut(a.writeOut, { ...transfer, code, size: new TextEncoder().encode(f.body).length, contentType }) : { text: '', warnings: '', shown: '' };
      const toFile = a.output !== null && a.output !== '-';
      const stdout = (toFile ? '' : shown) + w.text;
      const requestLines = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${request.host}`, ...request.headers.map(([k, v]) => `${k}: ${v}`)];
      const before = a.verbose ? `${trying}${verboseRequest(version, url.host, ip, url.port, requestLines)}${f.head.map((l) => `< ${l}\n`).join('')}< \n` : '';
      const after = a.verbose ? `* Connection #0 to host ${url.host} left intact\n` : '';
      const fileText = a.head ? headText : a.include ? headText + f.body : f.body;
      const size = new TextEncoder().encode(fileText).length;
      const trace = !toFile ? `${before}${after}` : a.verbose ? verboseToFile(a.silent, a.head ? 0 : size, seconds, before, after) : a.silent ? '' : progressMeter(size, seconds);
      const stderr = `${trace}${w.warnings}`;
      const file = toFile ? { file: { path: a.output as string, text: fileText } } : {};
      const transcript = toFile ? `${trace}${w.shown}` : `${before}${shown}${after}${w.shown}`;
      return { stdout, stderr, exitCode: 0, transcript, ...extra, ...file };
    }
    case 'refused':
    case 'unreachable':
    case 'msgsize':
      return refused(0);
    case 'host-unreachable':
      return refused(3070);
    case 'timeout': {
      const limit = a.connectTimeoutS ?? a.maxTimeS;
      if (limit !== null) return fail(28, `${a.connectTimeoutS !== null ? 'Failed to connect to ' + url.host + ' port ' + url.port + ' after ' + Math.round(limit * 1000) + ' ms: Timeout was reached' : `Connection timed out after ${Math.round(limit * 1000) + 1} milliseconds`}`);
      return fail(28, `Failed to connect to ${url.host} port ${url.port} after ${TCP_SYN_GIVE_UP_MS + (o.srcPort % 900)} ms: Couldn't connect to server`);
    }
  }
}
