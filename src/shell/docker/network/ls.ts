import { networksVisibleOn } from '../../../sim/lookup';
import { formatList } from '../../format/formatList';
import { goTimeString } from '../../format/goTime';
import type { GoValue } from '../../format/goValue';
import { tableFor } from '../tableFor';
import type { DockerCommand } from '../dockerCommand';
import { bool, str } from '../dockerCommand';
import { naturalCompare } from '../../format/naturalLess';
import { filterNetworks } from './networkFilter';
import { filtersOf } from '../filters';

const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';

/** `docker network ls` (cli/command/network/list.go): sorted by name, ids cut to 12 unless --no-trunc. */
export const networkLs: DockerCommand = {
  spec: {
    path: ['network', 'ls'],
    use: 'ls [OPTIONS]',
    short: 'List networks',
    aliases: ['list'],
    args: 'none',
    flags: [
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display network IDs' },
      {
        name: 'format',
        type: 'string',
        usage:
          "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
      { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: "Provide filter values (e.g. 'driver=bridge')" },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const filters = filtersOf(input.flags.filter);
    const networks = filterNetworks(networksVisibleOn(w, ctx.machine), filters);
    if (typeof networks === 'string') return { stdout: '', stderr: `Error response from daemon: ${networks}\n`, exitCode: 1 };
    networks.sort((a, b) => naturalCompare(a.name, b.name));
    const noTrunc = bool(input.flags['no-trunc']);
    const rows: GoValue[] = networks.map((n) => ({
      ID: noTrunc ? n.id : n.id.slice(0, 12),
      Name: n.name,
      Driver: n.driver,
      Scope: n.scope,
      IPv4: 'true',
      IPv6: 'false',
      Internal: String(n.internal),
      Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join(','),
      CreatedAt: goTimeString(n.createdAt ?? 0),
    }));
    const format = bool(input.flags.quiet) ? '{{.ID}}' : str(input.flags.format) || DEFAULT_FORMAT;
    const result = formatList(format === 'table' ? DEFAULT_FORMAT : format, rows, {
      headers: { ID: 'NETWORK ID' },
      table: tableFor(w),
    });
    if (!result.ok) return { stdout: '', stderr: `${result.error}\n`, exitCode: 1 };
    return { stdout: result.text, stderr: '', exitCode: 0 };
  },
};
