import type { World } from '../../../sim/world';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';
import { findNetwork } from '../../../sim/lookup';
import { confirm } from '../confirm';
import type { Asks } from '../../types';
import { INGRESS_WARNING } from './ingressConfirm';

/**
 * `docker network rm NETWORK [NETWORK...]`: prints each name removed; errors go to stderr and the rest continue.
 * The routing-mesh network is removed only after a `y` to the CLI's question (read from stdin).
 */
export const networkRm: DockerCommand = {
  spec: {
    path: ['network', 'rm'],
    use: 'rm NETWORK [NETWORK...]',
    short: 'Remove one or more networks',
    aliases: ['remove'],
    args: { min: 1 },
    flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
  },
  run(input, ctx) {
    let world: World = ctx.world;
    let stdout = '';
    let stderr = '';
    const changes = [];
    let asks: Asks | undefined;
    for (const name of input.args) {
      if (findNetwork(world, ctx.machine, name)?.ingress) {
        const answer = confirm(ctx.stdin, INGRESS_WARNING, ctx.answer);
        stdout += answer.printed;
        asks ??= answer.asks;
        if (answer.asks === 'waiting') break;
        if (!answer.yes) continue;
      }
      const change = { type: 'network/rm', on: ctx.machine, network: name } as const;
      const r = applyFor(world, change);
      if (!r.ok) {
        if (!(bool(input.flags.force) && r.error.key === 'network-not-found')) stderr += r.outcome.stderr;
        continue;
      }
      world = r.world;
      changes.push(change);
      stdout += `${name}\n`;
    }
    const exitCode = stderr === '' ? 0 : 1;
    const out = { stdout, stderr, exitCode, ...(asks ? { asks } : {}) };
    return changes.length > 0 ? { ...out, world, changes } : out;
  },
};
