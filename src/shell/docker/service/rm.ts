import type { Change } from '../../../sim/changes';
import type { World } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';

const spec: CommandSpec = {
  path: ['service', 'rm'],
  use: 'rm SERVICE [SERVICE...]',
  short: 'Remove one or more services',
  aliases: ['remove'],
  args: { min: 1 },
  flags: [],
};

/** `docker service rm`: prints each service as it was named; failures are reported after, exit 1. */
export const serviceRm: DockerCommand = {
  spec,
  run(input, ctx) {
    let world: World = ctx.world;
    const changes: Change[] = [];
    let stdout = '';
    let stderr = '';
    for (const ref of input.args) {
      const r = applyFor(world, { type: 'service/rm', on: ctx.machine, service: ref });
      if (!r.ok) {
        stderr += r.outcome.stderr;
        continue;
      }
      world = r.world;
      changes.push(...(r.outcome.changes ?? []));
      stdout += `${ref}\n`;
    }
    const outcome = { stdout, stderr, exitCode: stderr ? 1 : 0, transcript: stdout + stderr };
    return changes.length ? { ...outcome, world, changes } : outcome;
  },
};
