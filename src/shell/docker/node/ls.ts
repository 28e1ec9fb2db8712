import { profiles } from '../../../sim/profile';
import { nodeOfMachine } from '../../../sim/lookup';
import type { SwarmNode, World } from '../../../sim/world';
import { formatList } from '../../format/formatList';
import { tableFor } from '../tableFor';
import type { DockerCommand } from '../dockerCommand';
import { bool, str } from '../dockerCommand';
import { naturalCompare } from '../../format/naturalLess';
import { filtersOf, type Filters } from '../filters';
import { managerOnly } from '../managerOnly';
import { nodeRow } from './nodeRow';

// ENGINE VERSION came with docker/cli 18.03 (docker/cli#885); 17.10 has no such column.
const FORMAT_29 = 'table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}';
const FORMAT_1710 = 'table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}';
const KEYS = ['id', 'label', 'membership', 'name', 'node.label', 'role'];

function filterNodes(w: World, nodes: readonly SwarmNode[], filters: Filters): SwarmNode[] | string {
  for (const key of filters.keys()) if (!KEYS.includes(key)) return `invalid filter '${key}'`;
  const any = (key: string, test: (v: string) => boolean): boolean => !filters.get(key) || (filters.get(key) ?? []).some(test);
  return nodes.filter(
    (n) =>
      any('id', (v) => n.id.startsWith(v)) &&
      any('name', (v) => n.machine.startsWith(v)) &&
      any('role', (v) => v === n.role) &&
      any('membership', (v) => v === 'accepted'),
  );
}

/** `docker node ls` (managers only): every node, sorted by hostname, ` *` after this node's id. */
export const nodeLs: DockerCommand = {
  spec: {
    path: ['node', 'ls'],
    use: 'ls [OPTIONS]',
    short: 'List nodes in the swarm',
    aliases: ['list'],
    args: 'none',
    flags: [
      { name: 'filter', shorthand: 'f', type: 'filter', valueName: 'filter', usage: 'Filter output based on conditions provided' },
      {
        name: 'format',
        type: 'string',
        usage:
          "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display IDs' },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const filters = filtersOf(input.flags.filter);
    const denied = managerOnly(w, ctx.machine);
    if (denied) return denied;
    const nodes = filterNodes(w, w.swarm?.nodes ?? [], filters);
    if (typeof nodes === 'string') return { stdout: '', stderr: `Error response from daemon: ${nodes}\n`, exitCode: 1 };
    nodes.sort((a, b) => naturalCompare(a.machine, b.machine));
    const self = nodeOfMachine(w, ctx.machine)?.id ?? null;
    const given = str(input.flags.format);
    const format = bool(input.flags.quiet) ? '{{.ID}}' : given === '' || given === 'table' ? (profiles[w.profile].cli === 'legacy' ? FORMAT_1710 : FORMAT_29) : given;
    const result = formatList(format, nodes.map((n) => nodeRow(w, n, self)), {
      headers: { Self: '', ManagerStatus: 'MANAGER STATUS', EngineVersion: 'ENGINE VERSION', TLSStatus: 'TLS STATUS' },
      table: tableFor(w),
    });
    if (!result.ok) return { stdout: '', stderr: `${result.error}\n`, exitCode: 1 };
    return { stdout: result.text, stderr: '', exitCode: 0 };
  },
};
