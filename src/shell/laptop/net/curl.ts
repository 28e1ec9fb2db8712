import { planFromLaptop } from '../../../sim/traffic/planFromLaptop';
import type { CommandHandler } from '../../types';
import { withOutputFile } from '../../container/net/outputFile';
import { curlOutcome, curlWriteFailure, parseCurlArgs } from '../../container/net/curlRun';
import { ephemeralPort } from '../../container/net/httpFetch';
import { parseUrl } from '../../container/net/parseUrl';
import { isIpv4 } from '../../container/net/resolveHost';

/** The laptop's curl version (macOS 15). */
const LAPTOP_CURL = '8.7.1';

/** `curl http://192.168.99.101:8080` from the laptop: the routing mesh answers on every node. */
export const curl: CommandHandler = (argv, ctx) => {
  const a = parseCurlArgs(argv);
  if (typeof a === 'string') return { stdout: '', stderr: a, exitCode: 2 };
  const url = parseUrl(a.url);
  if (!url) return { stdout: '', stderr: a.silent ? '' : 'curl: (3) URL rejected: Bad hostname\n', exitCode: 3 };
  if (!isIpv4(url.host)) return { stdout: '', stderr: a.silent && !a.showError ? '' : `curl: (6) Could not resolve host: ${url.host}\n`, exitCode: 6 };
  const plan = planFromLaptop(ctx.world, { proto: 'tcp', dst: url.host, dstPort: url.port });
  const srcPort = ephemeralPort(ctx.world, `laptop:${a.url}`);
  return withOutputFile(curlOutcome(ctx.world, plan, a, url, url.host, { srcPort, userAgent: `curl/${LAPTOP_CURL}`, command: argv.join(' '), before: [] }), ctx, curlWriteFailure);
};
