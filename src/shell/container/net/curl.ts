import { planFromContainer } from '../../../sim/traffic/planFromContainer';
import type { CommandHandler } from '../../types';
import { containerOf } from '../containerOf';
import { hasTool } from '../tools';
import { withOutputFile } from './outputFile';
import { curlOutcome, curlWriteFailure, parseCurlArgs } from './curlRun';
import { ephemeralPort } from './httpFetch';
import { commandNotFound } from '../../lang/voice';
import { parseUrl } from './parseUrl';
import { resolveHost } from './resolveHost';
import { packageVersion } from '../packageVersion';

/** `curl URL` inside a container (nginx has it; Ubuntu/Debian after `apt-get install curl`). */
export const curl: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c || !hasTool(ctx.world, id, 'curl')) return commandNotFound(ctx, 'curl');
  const a = parseCurlArgs(argv);
  if (typeof a === 'string') return { stdout: '', stderr: a, exitCode: 2 };
  const url = parseUrl(a.url);
  if (!url) return { stdout: '', stderr: a.silent ? '' : `curl: (3) URL rejected: Bad hostname\n`, exitCode: 3 };
  const command = argv.join(' ');
  const host = resolveHost(ctx.world, c, url.host);
  if (!host.ok) {
    return { stdout: '', stderr: a.silent && !a.showError ? '' : `curl: (6) Could not resolve host: ${url.host}\n`, exitCode: 6, traces: [{ command, startMs: ctx.world.now, packets: host.packets }] };
  }
  const plan = planFromContainer(ctx.world, c, { proto: 'tcp', dst: host.ip, dstPort: url.port });
  const srcPort = ephemeralPort(ctx.world, `${c.id}:${a.url}`);
  return withOutputFile(curlOutcome(ctx.world, plan, a, url, host.ip, { srcPort, userAgent: `curl/${packageVersion(ctx.world, c, 'curl')}`, command, before: host.packets, startUs: host.endUs }), ctx, curlWriteFailure);
};
