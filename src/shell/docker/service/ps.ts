import { currentState, findService, tasksOf } from '../../../sim/lookup';
import type { Service, Task, World } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import { formatList } from '../../format/formatList';
import { taskStateAgo, prettyState } from '../../format/humanDuration';
import { fail, ok } from '../../types';
import { bool, str, type DockerCommand } from '../dockerCommand';
import { naturalCompare } from '../../format/naturalLess';
import { managerOnly } from '../managerOnly';
import { filtersOf } from '../filters';
import { displayImage, specImage, tableFor, taskError, taskName } from './serviceView';

const spec: CommandSpec = {
  path: ['service', 'ps'],
  use: 'ps [OPTIONS] SERVICE [SERVICE...]',
  short: 'List the tasks of one or more services',
  args: { min: 1 },
  flags: [
    { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: 'Pretty-print tasks using a Go template' },
    { name: 'no-resolve', type: 'bool', usage: 'Do not map IDs to Names' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display task IDs' },
  ],
};

const MAX_ERROR = 30;

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
    const trunc = !bool(input.flags['no-trunc']);
    const resolve = !bool(input.flags['no-resolve']);
    const desired = filters.get('desired-state');
    const tasks = services
      .flatMap((s) => tasksOf(ctx.world, s.id).map((t) => ({ s, t, name: resolve ? taskName(s, t) : `${s.id}.${t.slot ?? t.node}` })))
      .filter(({ t }) => !desired || desired.includes(t.desired) || (desired.includes('accepted') && t.desired === 'running'))
      .sort((a, b) => (a.name !== b.name ? naturalCompare(a.name, b.name) : b.t.createdAt - a.t.createdAt));
    const quiet = bool(input.flags.quiet);
    const format = str(input.flags.format);
    if (quiet && !format) return ok(tasks.map(({ t }) => `${t.id}\n`).join(''));
    const table = !format || format.startsWith('table');
    let previous = '';
    const rows = tasks.map(({ s, t, name }) => {
      const shown = table && name === previous ? ` \\_ ${name}` : name;
      previous = name;
      return row(ctx.world, s, t, shown, trunc, resolve);
    });
    const r = formatList(format || 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}', rows, {
      table: tableFor(ctx.world),
    });
    return r.ok ? ok(r.text) : fail(`${r.error}\n`);
  },
};

function row(world: World, s: Service, t: Task, name: string, trunc: boolean, resolve: boolean) {
  const status = currentState(t);
  const node = world.swarm?.nodes.find((n) => n.id === t.node);
  let error = taskError(t);
  if (trunc && [...error].length > MAX_ERROR) error = `${[...error].slice(0, MAX_ERROR - 1).join('')}…`;
  // A task keeps the image it was created with, even after `service update --image`.
  const image = (t.container ? world.containers[t.container]?.image : undefined) ?? s.spec.image;
  const hostPorts = s.spec.ports.filter((p) => p.mode === 'host' && status.state === 'running');
  return {
    ID: trunc ? t.id.slice(0, 12) : t.id,
    Name: name,
    Image: trunc ? displayImage(image) : specImage(image),
    Node: resolve ? (node?.machine ?? '') : (t.node ?? ''),
    DesiredState: prettyState(t.desired),
    CurrentState: taskStateAgo(status.state, world.now - status.at),
    Error: error ? `"${error}"` : '',
    Ports: hostPorts.map((p) => `*:${p.published}->${p.target}/${p.protocol}`).join(','),
  };
}
