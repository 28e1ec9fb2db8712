import { findNetwork } from '../../../sim/lookup';
import type { GoJsonValue } from '../../format/goJson';
import { cliStyleOf } from '../cliStyle';
import { inspectFormatFlag, inspectOutput } from '../inspectOutput';
import type { DockerCommand } from '../dockerCommand';
import { bool, str } from '../dockerCommand';
import { daemonError } from '../errorText';
import { networkInspectJson } from './inspectJson';

/** `docker network inspect [OPTIONS] NETWORK [NETWORK...]` (cli/command/network/inspect.go). */
export const networkInspect: DockerCommand = {
  spec: {
    path: ['network', 'inspect'],
    use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
    short: 'Display detailed information on one or more networks',
    args: { min: 1 },
    flags: [
      inspectFormatFlag,
      { name: 'verbose', shorthand: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const found: GoJsonValue[] = [];
    const errors: string[] = [];
    for (const ref of input.args) {
      const net = findNetwork(w, ctx.machine, ref);
      if (net) found.push(networkInspectJson(w, ctx.machine, net, bool(input.flags.verbose)));
      else errors.push(daemonError({ key: 'network-not-found', params: { name: ref } }, w.profile).trimEnd());
    }
    return inspectOutput(found, str(input.flags.format), errors, cliStyleOf(w.profile));
  },
};
