import { findService } from '../../../sim/lookup';
import type { CommandSpec } from '../../cli/commandSpec';
import { marshalCompact, marshalIndent, type GoJsonValue } from '../../format/goJson';
import { renderTemplate } from '../../format/goTemplate';
import type { GoValue } from '../../format/goValue';
import { fail } from '../../types';
import { bool, str, type DockerCommand } from '../dockerCommand';
import { hasInit, serviceJson } from './inspectJson';
import { servicePretty } from './inspectPretty';
import { readCheck } from './readCheck';

const spec: CommandSpec = {
  path: ['service', 'inspect'],
  use: 'inspect [OPTIONS] SERVICE [SERVICE...]',
  short: 'Display detailed information on one or more services',
  args: { min: 1 },
  flags: [
    { name: 'format', shorthand: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
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
    const denied = readCheck(ctx.world, ctx.machine);
    if (denied) return denied;
    const found = input.args.map((ref) => ({ ref, service: findService(ctx.world, ref) }));
    const missing = found.find((f) => !f.service);
    if (pretty || format === 'pretty') {
      let out = '';
      for (const { ref, service } of found) {
        if (!service) return { stdout: out, stderr: `Error: no such service: ${ref}\n`, exitCode: 1 };
        out += servicePretty(ctx.world, service, hasInit(ctx.world.profile));
      }
      return { stdout: out, stderr: '', exitCode: 0 };
    }
    const values = found.flatMap(({ service }) => (service ? [serviceJson(ctx.world, service)] : []));
    const errors = found.filter((f) => !f.service).map((f) => `Error: no such service: ${f.ref}\n`).join('');
    let stdout: string;
    if (!format || format === 'json') stdout = `${marshalIndent(values)}\n`;
    else {
      stdout = '';
      for (const v of values) {
        const r = renderTemplate(format, JSON.parse(marshalCompact(v as GoJsonValue)) as GoValue);
        if (!r.ok) return { stdout, stderr: `template parsing error: ${r.error}\n`, exitCode: 1 };
        stdout += `${r.text}\n`;
      }
    }
    return { stdout, stderr: errors, exitCode: missing ? 1 : 0, transcript: stdout + errors };
  },
};
