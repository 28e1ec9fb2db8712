import { planFromContainer } from '../../../sim/traffic/planFromContainer';
import type { CommandHandler, CommandOutcome } from '../../types';
import { containerOf } from '../containerOf';
import { distroOf, hasTool } from '../tools';
import { gnuWget } from './gnuWget';
import { ephemeralPort, httpFetch } from './httpFetch';
import { notInstalled } from './notInstalled';
import { parseUrl } from './parseUrl';
import { resolveHost } from './resolveHost';

/** BusyBox `wget [-q] [-O FILE|-] URL` (`wget -qO- URL` prints the body). */
export const wget: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c || !hasTool(ctx.world, id, 'wget')) return notInstalled(ctx, 'wget');
  if (distroOf(ctx.world, id) === 'debian') return gnuWget(argv, ctx, c);
  let quiet = false;
  let toStdout = false;
  let target: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    const m = /^-([qO]+)(.*)$/.exec(a);
    if (m) {
      quiet ||= (m[1] as string).includes('q');
      if ((m[1] as string).includes('O')) toStdout = (m[2] !== '' ? m[2] : argv[++i]) === '-';
    } else target = a;
  }
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
  // musl's strerror words (alpine), not glibc's.
  const why = { refused: 'Connection refused', timeout: 'Operation timed out', unreachable: 'Network unreachable', 'host-unreachable': 'Host is unreachable', msgsize: 'Message too large' } as const;
  if (plan.verdict !== 'answered') {
    const text = `${connecting}wget: can't connect to remote host (${host.ip}): ${why[plan.verdict]}\n`;
    return { stdout: '', stderr: text, exitCode: 1, ...extra } satisfies CommandOutcome;
  }
  if (!toStdout) {
    const text = `${connecting}${quiet ? '' : "saving to 'index.html'\nindex.html           100% |********************************|   " + `${f.body.length}  0:00:00 ETA\n'index.html' saved\n`}`;
    return { stdout: '', stderr: text, exitCode: 0, ...extra };
  }
  const stderr = quiet ? '' : `${connecting}writing to stdout\n`;
  const done = quiet ? '' : `-                    100% |********************************|   ${f.body.length}  0:00:00 ETA\nwritten to stdout\n`;
  return { stdout: f.body, stderr: stderr + done, exitCode: 0, transcript: `${stderr}${f.body}${done}`, ...extra };
};
