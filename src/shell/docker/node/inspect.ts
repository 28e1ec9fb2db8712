import { findNode } from '../../../sim/lookup';
import { cliStyleOf } from '../cliStyle';
import { inspectFormatFlag, inspectOutput } from '../inspectOutput';
import type { SwarmNode } from '../../../sim/world';
import type { DockerCommand } from '../dockerCommand';
import { bool, str } from '../dockerCommand';
import { daemonError } from '../errorText';
import { managerOnly } from '../managerOnly';
import { nodeRef } from './nodeRef';
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
      inspectFormatFlag,
      { name: 'pretty', type: 'bool', usage: 'Print the information in a human friendly format' },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const denied = managerOnly(w, ctx.machine);
    if (denied) return denied;
    const nodes: SwarmNode[] = [];
    const errors: string[] = [];
    for (const ref of input.args) {
      const n = findNode(w, nodeRef(w, ctx.machine, ref));
      if (n && n !== 'ambiguous') nodes.push(n);
      else errors.push(daemonError({ key: n ? 'node-ambiguous' : 'node-not-found', params: { node: ref } }, w.profile).trimEnd());
    }
    if (bool(input.flags.pretty)) {
      const stderr = errors.map((e) => `${e}\n`).join('');
      return { stdout: nodes.map((n) => prettyNode(w, n)).join('\n'), stderr, exitCode: errors.length > 0 ? 1 : 0 };
    }
    return inspectOutput(nodes.map((n) => nodeJson(w, n)), str(input.flags.format), errors, cliStyleOf(w.profile));
  },
};
