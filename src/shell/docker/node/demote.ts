import type { DockerCommand } from '../dockerCommand';
import { changeRoles } from './roleChange';

/** `docker node demote NODE [NODE...]`. */
export const nodeDemote: DockerCommand = {
  spec: { path: ['node', 'demote'], use: 'demote NODE [NODE...]', short: 'Demote one or more nodes from manager in the swarm', args: { min: 1 }, flags: [] },
  run: (input, ctx) => changeRoles(ctx.world, ctx.machine, input.args, 'worker'),
};
