import { planFromContainer } from '../../../sim/traffic/planFromContainer';
import { strerror } from '../../lang/fileAccess';
import type { CommandHandler, CommandOutcome } from '../../types';
import { containerOf } from '../containerOf';
import { distroOf, hasTool } from '../tools';
import { gnuWget } from './gnuWget';
import { ephemeralPort, httpFetch } from './httpFetch';
import { commandNotFound } from '../../lang/voice';
import { withOutputFile, type WriteFailure } from './outputFile';
import { parseUrl } from './parseUrl';
import { resolveHost } from './resolveHost';
import { socketError } from './socketError';
import { parseWgetArgs } from './wgetArgs';

/** BusyBox's xopen words a file it cannot create. */
const busyboxWriteFailure: WriteFailure = (path, error) => ({ text: `wget: can't open '${path}': ${strerror[error]}\n`, exitCode: 1 });

/** BusyBox `wget [-q] [-O FILE|-] URL` (`wget -qO- URL` prints the body). */
export const wget: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c || !hasTool(ctx.world, id, 'wget')) return commandNotFound(ctx, 'wget');
  if (distroOf(ctx.world, id) === 'debian') return gnuWget(argv, ctx, c);
  const { quiet, output, target } = parseWgetArgs(argv);
  if (target === null) return { stdout: '', stderr: 'BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n', exitCode: 1 };
  const url = parseUrl(target);
  if (!url) return { stdout: '', stderr: `wget: not an http or ftp url: ${target}\n`, exitCode: 1 };
  const command = argv.join(' ');
  const host = resolveHost(ctx.world, c, url.host);
  if (!host.ok) return { stdout: '', stderr: `wget: bad address '${url.host}'\n`, exitCode: 1, traces: [{ command, startMs: ctx.world.now, packets: host.packets }] };
  const plan = planFromContainer(ctx.world, c, { proto: 'tcp', dst: host.ip, dstPort: url.port });
  const request = { path: url.path, host: url.authority, headers: [['User-Agent', 'Wget'], ['Connection', 'close']] as const };
  const srcPort = ephemeralPort(ctx.world, `${c.id}:${target}`);
  const f = httpFetch(ctx.world, plan, { dst: host.ip, dstPort: url.port, srcPort, request, command, before: host.packets, startUs: host.endUs });
  const extra = { traces: [f.trace], ...(f.world ? { world: f.world, changes: f.changes } : {}) };
  const connecting = quiet ? '' : `Connecting to ${url.authority === url.host ? url.host : url.authority} (${host.ip}:${url.port})\n`;
  if (plan.verdict !== 'answered') {
    const text = `${connecting}wget: can't connect to remote host (${host.ip}): ${socketError('musl', plan.verdict)}\n`;
    return { stdout: '', stderr: text, exitCode: 1, ...extra } satisfies CommandOutcome;
  }
  const status = f.head[0] ?? '';
  if (f.replied && !/^HTTP\/1\.1 2/.test(status)) {
    return { stdout: '', stderr: `${connecting}wget: server returned error: ${status}\n`, exitCode: 1, ...extra };
  }
  if (output !== '-') {
    // Without -O, BusyBox saves under the URL's last path part, or index.html.
    const file = output ?? (url.path.replace(/[?#].*$/, '').split('/').pop() || 'index.html');
    const text = `${connecting}${quiet ? '' : `saving to '${file}'\n${file.padEnd(20)} 100% |********************************|   ${f.body.length}  0:00:00 ETA\n'${file}' saved\n`}`;
    return withOutputFile({ stdout: '', stderr: text, exitCode: 0, ...extra, file: { path: file, text: f.body } }, ctx, busyboxWriteFailure);
  }
  const stderr = quiet ? '' : `${connecting}writing to stdout\n`;
  const done = quiet ? '' : `-                    100% |********************************|   ${f.body.length}  0:00:00 ETA\nwritten to stdout\n`;
  return { stdout: f.body, stderr: stderr + done, exitCode: 0, transcript: `${stderr}${f.body}${done}`, ...extra };
};
