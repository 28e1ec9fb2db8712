import { currentState, findNode, findService } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { Task, World } from '../../../sim/world';
import { formatList } from '../../format/formatList';
import { taskStateAgo } from '../../format/humanDuration';
import { DOCKER_17_TABLE, DOCKER_TABLE } from '../../format/tabwriter';
import { tableMinWidth } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { bool, str } from '../dockerCommand';
import { daemonError } from '../errorText';
import { managerOnly } from '../managerOnly';
import { nodeRef } from './nodeRef';

const FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}';

function taskRow(w: World, t: Task, noTrunc: boolean): Record<string, string> {
  const s = w.services[t.service];
  const node = w.swarm?.nodes.find((n) => n.id === t.node);
  const state = currentState(t);
  const image = s?.spec.image ?? '';
  return {
    ID: noTrunc ? t.id : t.id.slice(0, 12),
    Name: `${s?.spec.name ?? ''}.${t.slot ?? t.node ?? ''}`,
    Image: image.includes(':') ? image : `${image}:latest`,
    Node: node?.machine ?? '',
    DesiredState: t.desired === 'running' ? 'Running' : 'Shutdown',
    CurrentState: taskStateAgo(state.state, w.now - state.at),
    Error: state.error ?? '',
    Ports: '',
  };
}

/** `docker node ps [NODE...]` (default `self`): the tasks placed on the nodes, newest state per task. */
export const nodePs: DockerCommand = {
  spec: {
    path: ['node', 'ps'],
    use: 'ps [OPTIONS] [NODE...]',
    short: 'List tasks running on one or more nodes, defaults to current node',
    args: {},
    flags: [
      { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: 'Filter output based on conditions provided' },
      { name: 'format', type: 'string', usage: 'Pretty-print tasks using a Go template' },
      { name: 'no-resolve', type: 'bool', usage: 'Do not map IDs to Names' },
      { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display task IDs' },
    ],
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
    const tasks = Object.values(w.tasks)
      .filter((t) => t.node !== null && ids.includes(t.node))
      .sort((a, b) => (findService(w, a.service)?.spec.name ?? '').localeCompare(findService(w, b.service)?.spec.name ?? '') || (a.slot ?? 0) - (b.slot ?? 0) || b.createdAt - a.createdAt);
    const format = bool(input.flags.quiet) ? '{{.ID}}' : str(input.flags.format) || FORMAT;
    const legacy = profiles[w.profile].tableMinWidth === DOCKER_17_TABLE.minWidth;
    const result = formatList(format, tasks.map((t) => taskRow(w, t, bool(input.flags['no-trunc']))), {
      table: { ...(legacy ? DOCKER_17_TABLE : DOCKER_TABLE), minWidth: tableMinWidth(w) },
    });
    if (!result.ok) return { stdout: '', stderr: `${result.error}\n`, exitCode: 1 };
    return { stdout: result.text, stderr: '', exitCode: 0 };
  },
};
