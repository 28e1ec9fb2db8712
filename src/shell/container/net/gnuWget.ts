import { utcFields } from '../../../sim/calendar';
import { packageVersion } from '../packageVersion';
import { planFromContainer } from '../../../sim/traffic/planFromContainer';
import type { Container } from '../../../sim/world';
import { strerror } from '../../lang/fileAccess';
import type { CommandContext, CommandOutcome } from '../../types';
import { outputFileError, withOutputFile, type WriteFailure } from './outputFile';
import { ephemeralPort, httpFetch } from './httpFetch';
import { parseUrl } from './parseUrl';
import { resolveHost } from './resolveHost';
import { socketError } from './socketError';
import { parseWgetArgs } from './wgetArgs';

/** GNU wget perror()s a file it cannot open, with exit 1 (a generic error). */
const gnuWriteFailure: WriteFailure = (path, error) => ({ text: `${path}: ${strerror[error]}\n`, exitCode: 1 });

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const t = utcFields(ms);
  return `${t.year}-${pad(t.month + 1)}-${pad(t.day)} ${pad(t.hours)}:${pad(t.minutes)}:${pad(t.seconds)}`;
}

/** wget's rate: B/s, KB/s, MB/s (1024-based), two decimals under 10, one under 100. */
function rate(bytesPerSecond: number): string {
  const units = ['B/s', 'KB/s', 'MB/s', 'GB/s'];
  let v = bytesPerSecond;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ${units[u]}`;
}

/**
 * GNU wget (Debian and Ubuntu images, wget 1.21+): `wget [-q] [-O FILE|-] URL`, in the C locale the
 * containers run with (ASCII quotes). Exit 4 for a network failure, 8 for a server's error answer.
 */
export function gnuWget(argv: readonly string[], ctx: CommandContext, c: Container): CommandOutcome {
  const { quiet, output, target } = parseWgetArgs(argv);
  if (target === null) return { stdout: '', stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", exitCode: 1 };
  const url = parseUrl(target);
  if (!url) return { stdout: '', stderr: `${target}: Unsupported scheme.\n`, exitCode: 1 };
  // -O's file is opened before anything is fetched: wget perror()s its name and stops.
  const unwritable = output !== null && output !== '-' ? outputFileError(ctx, output) : null;
  if (unwritable) return { stdout: '', stderr: gnuWriteFailure(output as string, unwritable, 0).text, exitCode: 1 };
  const full = `http://${url.authority}${url.path}`;
  const command = argv.join(' ');
  const say = (s: string) => (quiet ? '' : s);
  let log = say(`--${stamp(ctx.world.now)}--  ${full}\n`);
  const host = resolveHost(ctx.world, c, url.host);
  if (!host.ok) {
    log += say(`Resolving ${url.host} (${url.host})... failed: ${host.reason === 'nxdomain' ? 'Name or service not known' : 'Temporary failure in name resolution'}.\n`);
    log += `wget: unable to resolve host address '${url.host}'\n`;
    return { stdout: '', stderr: log, exitCode: 4, traces: [{ command, startMs: ctx.world.now, packets: host.packets }] };
  }
  if (!host.numeric) log += say(`Resolving ${url.host} (${url.host})... ${host.ip}\n`);
  const where = host.numeric ? `${host.ip}:${url.port}` : `${url.host} (${url.host})|${host.ip}|:${url.port}`;
  const plan = planFromContainer(ctx.world, c, { proto: 'tcp', dst: host.ip, dstPort: url.port });
  const request = { path: url.path, host: url.authority, headers: [['User-Agent', `Wget/${packageVersion(ctx.world, c, 'wget')}`], ['Accept', '*/*'], ['Accept-Encoding', 'identity'], ['Connection', 'Keep-Alive']] as const };
  const f = httpFetch(ctx.world, plan, { dst: host.ip, dstPort: url.port, srcPort: ephemeralPort(ctx.world, `${c.id}:${target}`), request, command, before: host.packets, startUs: host.endUs });
  const extra = { traces: [f.trace], ...(f.world ? { world: f.world, changes: f.changes } : {}) };
  if (plan.verdict !== 'answered') {
    return { stdout: '', stderr: `${log}${say(`Connecting to ${where}... failed: ${socketError('glibc', plan.verdict)}.\n`)}`, exitCode: 4, ...extra };
  }
  log += say(`Connecting to ${where}... connected.\n`);
  if (!f.replied) return { stdout: '', stderr: `${log}${say('HTTP request sent, awaiting response... No data received.\nRetrying.\n\n')}`, exitCode: 4, ...extra };
  const status = /^HTTP\/1\.1 (\d+) (.*)$/.exec(f.head[0] ?? '');
  if (status && !status[1]?.startsWith('2')) {
    // GNU wget's "server error" exit status.
    return { stdout: '', stderr: `${log}${say(`HTTP request sent, awaiting response... ${status[1]} ${status[2]}\n${stamp(ctx.world.now)} ERROR ${status[1]}: ${status[2]}.\n\n`)}`, exitCode: 8, ...extra };
  }
  const size = new TextEncoder().encode(f.body).length;
  const type = f.head.find((l) => /^content-type:/i.test(l))?.replace(/^[^:]*:\s*/, '').split(';')[0] ?? '';
  const file = output ?? (url.path.replace(/[?#].*$/, '').split('/').pop() || 'index.html');
  const toStdout = file === '-';
  log += say(`HTTP request sent, awaiting response... 200 OK\nLength: ${size}${type ? ` [${type}]` : ''}\nSaving to: '${toStdout ? 'STDOUT' : file}'\n\n`);
  const seconds = Math.max(1, f.trace.packets.length) * 0.000_35;
  const bar = say(`${(toStdout ? '-' : file).slice(0, 19).padEnd(19)} 100%[===================>]${String(size).padStart(8)}  --.-KB/s    in 0s      \n\n`);
  const done = say(`${stamp(ctx.world.now)} (${rate(size / seconds)}) - ${toStdout ? 'written to stdout' : `'${file}' saved`} [${size}/${size}]\n\n`);
  if (toStdout) return { stdout: f.body, stderr: `${log}${bar}${done}`, exitCode: 0, transcript: `${log}${f.body}${f.body.endsWith('\n') || f.body === '' ? '' : '\n'}${bar}${done}`, ...extra };
  return withOutputFile({ stdout: '', stderr: `${log}${bar}${done}`, exitCode: 0, ...extra, file: { path: file, text: f.body } }, ctx, gnuWriteFailure);
}
