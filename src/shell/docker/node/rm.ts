import type { Change } from '../../../sim/changes';
import type { World } from '../../../sim/world';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';
import { managerOnly } from '../managerOnly';
import { nodeRef } from './nodeRef';

/** `docker node rm [-f] NODE [NODE...]`: prints each node removed; errors go to stderr. */
export const nodeRm: DockerCommand = {
  spec: {
    path: ['node', 'rm'],
    use: 'rm [OPTIONS] NODE [NODE...]',
    short: 'Remove one or more nodes from the swarm',
    aliases: ['remove'],
    args: { min: 1 },
    flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: 'Force remove a node from the swarm' }],
  },
  run(input, ctx) {
    const denied = managerOnly(ctx.world, ctx.machine);
    if (denied) return denied;
    let world: World = ctx.world;
    let stdout = '';
    let stderr = '';
    const changes: Change[] = [];
    for (const ref of input.args) {
      const change: Change = { type: 'node/rm', on: ctx.machine, node: nodeRef(world, ctx.machine, ref), force: bool(input.flags.force) };
      const r = applyFor(world, change);
      if (!r.ok) {
        stderr += r.outcome.stderr;
        continue;
      }
      world = r.world;
      changes.push(change);
      stdout += `${ref}\n`;
    }
    const exitCode = stderr === '' ? 0 : 1;
    return changes.length > 0 ? { stdout, stderr, exitCode, world, changes } : { stdout, stderr, exitCode };
  },
};
