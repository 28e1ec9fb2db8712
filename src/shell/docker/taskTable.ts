import { tableFor } from './tableFor';
import { currentState } from '../../sim/lookup';
import type { Service, Task, World } from '../../sim/world';
import type { FlagSpec } from '../cli/commandSpec';
import { formatList } from '../format/formatList';
import { naturalCompare } from '../format/naturalLess';
import { prettyState, taskStateAgo } from '../format/humanDuration';
import { fail, ok, type CommandOutcome } from '../types';
import { bool, str, type ParsedCommand } from './dockerCommand';
import type { Filters } from './filters';
import { displayImage, specImage, taskError, taskName } from './service/serviceView';

const FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}';
const MAX_ERROR = 30;

/** The flags `docker service ps` and `docker node ps` share (docker/cli cli/command/task). */
export const taskListFlags: readonly FlagSpec[] = [
  { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', usage: 'Pretty-print tasks using a Go template' },
  { name: 'no-resolve', type: 'bool', usage: 'Do not map IDs to Names' },
  { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display task IDs' },
];

/**
 * Prints tasks as docker/cli's task.Print does for both `service ps` and `node ps`: sorted by name
 * (newest first within a slot), history rows as ` \_ name`, ERROR cut to 30 characters, `-q`, `--format`.
 */
export function printTasks(world: World, tasks: readonly { s: Service; t: Task }[], input: ParsedCommand, filters: Filters): CommandOutcome {
  const trunc = !bool(input.flags['no-trunc']);
  const resolve = !bool(input.flags['no-resolve']);
  const desired = filters.get('desired-state');
  const named = tasks
    .map(({ s, t }) => ({ s, t, name: resolve ? taskName(s, t) : `${s.id}.${t.slot ?? t.node}` }))
    .filter(({ t }) => !desired || desired.includes(t.desired) || (desired.includes('accepted') && t.desired === 'running'))
    .sort((a, b) => (a.name !== b.name ? naturalCompare(a.name, b.name) : b.t.createdAt - a.t.createdAt));
  const format = str(input.flags.format);
  if (bool(input.flags.quiet) && !format) return ok(named.map(({ t }) => `${t.id}\n`).join(''));
  const table = !format || format.startsWith('table');
  let previous = '';
  const rows = named.map(({ s, t, name }) => {
    const shown = table && name === previous ? ` \\_ ${name}` : name;
    previous = name;
    return row(world, s, t, shown, trunc, resolve);
  });
  const r = formatList(format || FORMAT, rows, { table: tableFor(world) });
  return r.ok ? ok(r.text) : fail(`${r.error}\n`);
}

function row(world: World, s: Service, t: Task, name: string, trunc: boolean, resolve: boolean) {
  const status = currentState(t);
  const node = world.swarm?.nodes.find((n) => n.id === t.node);
  let error = taskError(t);
  if (trunc && [...error].length > MAX_ERROR) error = `${[...error].slice(0, MAX_ERROR - 1).join('')}…`;
  // A task keeps the image it was created with, even after `service update --image`.
  const image = t.image;
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
