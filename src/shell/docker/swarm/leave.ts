import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';

/** `docker swarm leave [--force]`. */
export const swarmLeave: DockerCommand = {
  spec: {
    path: ['swarm', 'leave'],
    use: 'leave [OPTIONS]',
    short: 'Leave the swarm',
    args: 'none',
    flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: 'Force this node to leave the swarm, ignoring warnings' }],
  },
  run(input, ctx) {
    const r = applyFor(ctx.world, { type: 'swarm/leave', on: ctx.machine, force: bool(input.flags.force) });
    if (!r.ok) return r.outcome;
    return { stdout: 'Node left the swarm.\n', stderr: '', exitCode: 0, ...r.outcome };
  },
};
