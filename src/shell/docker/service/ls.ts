import { tableFor } from '../tableFor';
import { servicesInOrder } from '../../../sim/lookup';
import { naturalCompare } from '../../format/naturalLess';
import type { Service } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import { formatList } from '../../format/formatList';
import { fail, ok } from '../../types';
import { bool, str, type DockerCommand } from '../dockerCommand';
import { managerOnly } from '../managerOnly';
import { filtersOf } from '../filters';
import { displayImage, portsColumn, replicasOf } from './serviceView';

const spec: CommandSpec = {
  path: ['service', 'ls'],
  use: 'ls [OPTIONS]',
  short: 'List services',
  aliases: ['list'],
  args: 'none',
  flags: [
    { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: 'Format output using a custom template:\n\'table\':            Print output in table format with column headers (default)\n\'table TEMPLATE\':   Print output in table format using the given Go template\n\'json\':             Print in JSON format\n\'TEMPLATE\':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display IDs' },
  ],
};

const FILTERS = ['id', 'label', 'mode', 'name'];

/** `docker service ls`: services sorted by name, REPLICAS as running/desired, ingress ports only. */
export const serviceLs: DockerCommand = {
  spec,
  run(input, ctx) {
    const denied = managerOnly(ctx.world, ctx.machine);
    if (denied) return denied;
    const filters = filtersOf(input.flags.filter);
    for (const key of filters.keys()) if (!FILTERS.includes(key)) return fail(`Error response from daemon: Invalid filter '${key}'\n`);
    const keep = (s: Service) =>
      (filters.get('name') ?? [s.spec.name]).some((n) => s.spec.name.startsWith(n)) &&
      (filters.get('id') ?? [s.id]).some((n) => s.id.startsWith(n)) &&
      (filters.get('mode') ?? [s.spec.mode.kind]).includes(s.spec.mode.kind);
    const services = servicesInOrder(ctx.world)
      .filter(keep)
      .sort((a, b) => naturalCompare(a.spec.name, b.spec.name));
    const quiet = bool(input.flags.quiet);
    const format = str(input.flags.format) || (quiet ? 'table {{.ID}}' : 'table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}');
    const rows = services.map((s) => ({
      ID: s.id.slice(0, 12),
      Name: s.spec.name,
      Mode: s.spec.mode.kind,
      Replicas: replicasOf(ctx.world, s),
      Image: displayImage(s.spec.image),
      Ports: portsColumn(s.spec.ports),
    }));
    if (quiet && !str(input.flags.format)) return ok(rows.map((r) => `${r.ID}\n`).join(''));
    const r = formatList(format, rows, { table: tableFor(ctx.world) });
    return r.ok ? ok(r.text) : fail(`${r.error}\n`);
  },
};
