import { findNetwork } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import { marshalCompact, marshalIndent, type GoJsonValue } from '../../format/goJson';
import { compileTemplate, runTemplate } from '../../format/goTemplate';
import type { GoValue } from '../../format/goValue';
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
      {
        name: 'format',
        shorthand: 'f',
        type: 'string',
        usage:
          "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { name: 'verbose', shorthand: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const found: GoJsonValue[] = [];
    let stderr = '';
    for (const ref of input.args) {
      const net = findNetwork(w, ctx.machine, ref);
      if (net) found.push(networkInspectJson(w, ctx.machine, net, bool(input.flags.verbose)));
      else stderr += daemonError({ key: 'network-not-found', params: { name: ref } }, profiles[w.profile].name);
    }
    const exitCode = stderr === '' ? 0 : 1;
    const format = str(input.flags.format);
    if (format === '' || format === 'json') {
      const stdout = format === 'json' ? found.map((v) => marshalCompact(v, false)).join('\n') : marshalIndent(found);
      return { stdout: stdout === '' ? (format === 'json' ? '' : '[]\n') : stdout + '\n', stderr, exitCode };
    }
    const compiled = compileTemplate(format);
    if (!compiled.ok) return { stdout: '', stderr: `Template parsing error: ${compiled.error}\n`, exitCode: 64 };
    let stdout = '';
    for (const value of found) {
      const r = runTemplate(compiled.template, value as GoValue, { missingKey: 'error' });
      if (!r.ok) return { stdout, stderr: `${r.error}\n`, exitCode: 1 };
      stdout += r.text + '\n';
    }
    return { stdout, stderr, exitCode };
  },
};
