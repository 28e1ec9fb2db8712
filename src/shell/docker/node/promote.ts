import type { DockerCommand } from '../dockerCommand';
import { changeRoles } from './roleChange';

/** `docker node promote NODE [NODE...]`. */
export const nodePromote: DockerCommand = {
  spec: { path: ['node', 'promote'], use: 'promote NODE [NODE...]', short: 'Promote one or more nodes to manager in the swarm', args: { min: 1 }, flags: [] },
  run: (input, ctx) => changeRoles(ctx.world, ctx.machine, input.args, 'manager'),
};
