import { findNode } from '../../../sim/lookup';
import { marshalIndent, type GoJsonValue } from '../../format/goJson';
import { compileTemplate, runTemplate } from '../../format/goTemplate';
import type { GoValue } from '../../format/goValue';
import type { SwarmNode } from '../../../sim/world';
import type { DockerCommand } from '../dockerCommand';
import { bool, str } from '../dockerCommand';
import { daemonError } from '../errorText';
import { clusterAccess, nodeRef } from './clusterAccess';
import { nodeJson } from './nodeJson';
import { prettyNode } from './prettyNode';

/** `docker node inspect [--pretty] [-f FORMAT] self|NODE [NODE...]` (managers only). */
export const nodeInspect: DockerCommand = {
  spec: {
    path: ['node', 'inspect'],
    use: 'inspect [OPTIONS] self|NODE [NODE...]',
    short: 'Display detailed information on one or more nodes',
    args: { min: 1 },
    flags: [
      {
        name: 'format',
        shorthand: 'f',
        type: 'string',
        usage:
          "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { name: 'pretty', type: 'bool', usage: 'Print the information in a human friendly format' },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const denied = clusterAccess(w, ctx.machine);
    if (denied) return denied;
    const nodes: SwarmNode[] = [];
    let stderr = '';
    for (const ref of input.args) {
      const n = findNode(w, nodeRef(w, ctx.machine, ref));
      if (n && n !== 'ambiguous') nodes.push(n);
      else stderr += daemonError({ key: n ? 'node-ambiguous' : 'node-not-found', params: { node: ref } }, w.profile);
    }
    const exitCode = stderr === '' ? 0 : 1;
    if (bool(input.flags.pretty)) return { stdout: nodes.map((n) => prettyNode(w, n)).join('\n'), stderr, exitCode };
    const values: GoJsonValue[] = nodes.map((n) => nodeJson(w, n));
    const format = str(input.flags.format);
    if (format === '') return { stdout: marshalIndent(values) + '\n', stderr, exitCode };
    const compiled = compileTemplate(format);
    if (!compiled.ok) return { stdout: '', stderr: `Template parsing error: ${compiled.error}\n`, exitCode: 64 };
    let stdout = '';
    for (const v of values) {
      const r = runTemplate(compiled.template, v as GoValue, { missingKey: 'error' });
      if (!r.ok) return { stdout, stderr: `${r.error}\n`, exitCode: 1 };
      stdout += r.text + '\n';
    }
    return { stdout, stderr, exitCode };
  },
};
