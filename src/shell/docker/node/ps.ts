import { findNode } from '../../../sim/lookup';
import type { DockerCommand } from '../dockerCommand';
import { daemonError } from '../errorText';
import { filtersOf } from '../filters';
import { managerOnly } from '../managerOnly';
import { printTasks, taskListFlags } from '../taskTable';
import { nodeRef } from './nodeRef';

/** `docker node ps [NODE...]` (default `self`): the tasks placed on the nodes, newest state per task. */
export const nodePs: DockerCommand = {
  spec: {
    path: ['node', 'ps'],
    use: 'ps [OPTIONS] [NODE...]',
    short: 'List tasks running on one or more nodes, defaults to current node',
    args: {},
    flags: taskListFlags,
  },
  run(input, ctx) {
    const w = ctx.world;
    const denied = managerOnly(w, ctx.machine);
    if (denied) return denied;
    const refs = input.args.length > 0 ? input.args : ['self'];
    const ids: string[] = [];
    for (const ref of refs) {
      const n = findNode(w, nodeRef(w, ctx.machine, ref));
      if (!n || n === 'ambiguous') return { stdout: '', stderr: daemonError({ key: n ? 'node-ambiguous' : 'node-not-found', params: { node: ref } }, w.profile), exitCode: 1 };
      ids.push(n.id);
    }
    const tasks = Object.values(w.tasks).flatMap((t) => {
      const s = w.services[t.service];
      return s && t.node !== null && ids.includes(t.node) ? [{ s, t }] : [];
    });
    return printTasks(w, tasks, input, filtersOf(input.flags.filter));
  },
};
