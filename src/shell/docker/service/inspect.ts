import { findService } from '../../../sim/lookup';
import type { CommandSpec } from '../../cli/commandSpec';
import { cliStyleOf } from '../cliStyle';
import { inspectFormatFlag, inspectOutput } from '../inspectOutput';
import { fail } from '../../types';
import { bool, str, type DockerCommand } from '../dockerCommand';
import { hasInit, serviceJson } from './inspectJson';
import { servicePretty } from './inspectPretty';
import { managerOnly } from '../managerOnly';

const spec: CommandSpec = {
  path: ['service', 'inspect'],
  use: 'inspect [OPTIONS] SERVICE [SERVICE...]',
  short: 'Display detailed information on one or more services',
  args: { min: 1 },
  flags: [
    inspectFormatFlag,
    { name: 'pretty', type: 'bool', usage: 'Print the information in a human friendly format' },
  ],
};

/** `docker service inspect`: JSON (default), `--pretty` text, or `-f` template; missing services print `[]` and an error. */
export const serviceInspect: DockerCommand = {
  spec,
  run(input, ctx) {
    const format = str(input.flags.format);
    const pretty = bool(input.flags.pretty);
    if (pretty && format) return fail('--format is incompatible with human friendly format\n');
    if (format.startsWith('pretty') && format !== 'pretty') return fail('Cannot supply extra formatting options to the pretty template\n');
    const denied = managerOnly(ctx.world, ctx.machine);
    if (denied) return denied;
    const found = input.args.map((ref) => ({ ref, service: findService(ctx.world, ref) }));
    if (pretty || format === 'pretty') {
      let out = '';
      for (const { ref, service } of found) {
        if (!service) return { stdout: out, stderr: `Error: no such service: ${ref}\n`, exitCode: 1 };
        out += servicePretty(ctx.world, service, hasInit(ctx.world.profile));
      }
      return { stdout: out, stderr: '', exitCode: 0 };
    }
    const values = found.flatMap(({ service }) => (service ? [serviceJson(ctx.world, service)] : []));
    const errors = found.filter((f) => !f.service).map((f) => `Error: no such service: ${f.ref}`);
    return inspectOutput(values, format, errors, cliStyleOf(ctx.world.profile));
  },
};
