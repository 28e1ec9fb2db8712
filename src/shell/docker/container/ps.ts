import { localContainers } from '../../../sim/query/localContainers';
import type { Container } from '../../../sim/world';
import type { CommandSpec, FlagSpec } from '../../cli/commandSpec';
import { formatList } from '../../format/formatList';
import { fail, ok } from '../../types';
import { tableFor } from '../tableFor';
import { cliStyleOf } from '../cliStyle';
import { bool, str, type DockerCommand, type DockerContext, type ParsedCommand } from '../dockerCommand';
import { psHeaders, psRow } from './psRow';
import { filtersOf } from '../filters';

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const FILTERS = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];
const STATES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

/** Flags of `docker ps` (docker/cli cli/command/container/list.go). */
const flags: readonly FlagSpec[] = [
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display container IDs' },
  { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes' },
  { name: 'all', shorthand: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'latest', shorthand: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
  { name: 'last', shorthand: 'n', type: 'int', default: -1, usage: 'Show n last created containers (includes all states)' },
  {
    name: 'format',
    type: 'string',
    usage:
      "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
  },
  { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: 'Filter output based on conditions provided' },
];

/** `docker ps`. */
export const psSpec: CommandSpec = { path: ['ps'], use: 'ps [OPTIONS]', short: 'List containers', args: 'none', flags };
/** `docker container ls` (aliases `list`, `ps`). */
export const containerLsSpec: CommandSpec = { ...psSpec, path: ['container', 'ls'], use: 'ls [OPTIONS]', aliases: ['list', 'ps'] };

type Filter = { key: string; value: string };

function matches(c: Container, f: Filter): boolean {
  if (f.key === 'status') return c.state === f.value;
  if (f.key === 'id') return c.id.startsWith(f.value);
  if (f.key === 'name') {
    try {
      return new RegExp(f.value).test(c.name);
    } catch {
      return c.name.includes(f.value);
    }
  }
  if (f.key === 'is-task') return (c.task !== null) === (f.value === 'true');
  return true;
}

function runPs(input: ParsedCommand, ctx: DockerContext): ReturnType<DockerCommand['run']> {
  const style = cliStyleOf(ctx.world.profile);
  const filters: Filter[] = [...filtersOf(input.flags.filter)].flatMap(([key, values]) => values.map((value) => ({ key, value })));
  const unknown = filters.find((f) => !FILTERS.includes(f.key));
  if (unknown) return fail(`Error response from daemon: invalid filter '${unknown.key}'\n`);
  if (filters.some((f) => f.key === 'status' && !STATES.includes(f.value))) return fail('Error response from daemon: Unrecognised filter value for status\n');
  const last = input.flags.last as number;
  const all = bool(input.flags.all) || bool(input.flags.latest) || last > 0 || filters.some((f) => f.key === 'status');
  let containers = localContainers(ctx.world, ctx.machine, all).filter((c) => filters.every((f) => matches(c, f)));
  if (bool(input.flags.latest)) containers = containers.slice(0, 1);
  else if (last > 0) containers = containers.slice(0, last);
  const trunc = !bool(input.flags['no-trunc']);
  const format = str(input.flags.format);
  const quiet = bool(input.flags.quiet);
  const template = quiet ? '{{.ID}}' : format === '' || format === 'table' ? DEFAULT_FORMAT : format;
  const rows = containers.map((c) => psRow(ctx.world, c, trunc, style));
  const table = tableFor(ctx.world);
  const r = formatList(template, rows, { headers: psHeaders, table });
  return r.ok ? ok(r.text) : fail(`${r.error}\n`);
}

/** `docker ps`: the containers on this node, newest first. */
export const ps: DockerCommand = { spec: psSpec, run: runPs };
/** `docker container ls`. */
export const containerLs: DockerCommand = { spec: containerLsSpec, run: runPs };
