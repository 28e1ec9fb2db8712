import { findService, tasksOf } from '../../../sim/lookup';
import type { Service } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import { fail } from '../../types';
import type { DockerCommand } from '../dockerCommand';
import { filtersOf } from '../filters';
import { managerOnly } from '../managerOnly';
import { printTasks, taskListFlags } from '../taskTable';

const spec: CommandSpec = {
  path: ['service', 'ps'],
  use: 'ps [OPTIONS] SERVICE [SERVICE...]',
  short: 'List the tasks of one or more services',
  args: { min: 1 },
  flags: taskListFlags,
};

/** `docker service ps`: every task of the services, history rows indented under their slot. */
export const servicePs: DockerCommand = {
  spec,
  run(input, ctx) {
    const denied = managerOnly(ctx.world, ctx.machine);
    if (denied) return denied;
    const filters = filtersOf(input.flags.filter);
    const services: Service[] = [];
    const missing: string[] = [];
    for (const ref of input.args) {
      const s = findService(ctx.world, ref);
      if (s) services.push(s);
      else missing.push(`no such service: ${ref}`);
    }
    if (missing.length > 0) return fail(`${missing.join('\n')}\n`);
    return printTasks(ctx.world, services.flatMap((sv) => tasksOf(ctx.world, sv.id).map((t) => ({ s: sv, t }))), input, filters);
  },
};
