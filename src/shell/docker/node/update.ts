import type { Availability, NodeRole } from '../../../sim/world';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { str } from '../dockerCommand';
import { managerOnly } from '../managerOnly';
import { nodeRef } from './nodeRef';

/** `docker node update [--availability] [--role] NODE`: prints the node as given. */
export const nodeUpdate: DockerCommand = {
  spec: {
    path: ['node', 'update'],
    use: 'update [OPTIONS] NODE',
    short: 'Update a node',
    args: { exact: 1 },
    flags: [
      { name: 'availability', type: 'string', usage: 'Availability of the node ("active", "pause", "drain")' },
      { name: 'label-add', type: 'list', usage: 'Add or update a node label ("key=value")' },
      { name: 'label-rm', type: 'list', usage: 'Remove a node label if exists' },
      { name: 'role', type: 'string', usage: 'Role of the node ("worker", "manager")' },
    ],
  },
  run(input, ctx) {
    const ref = input.args[0] ?? '';
    const availability = str(input.flags.availability).toLowerCase();
    const role = str(input.flags.role).toLowerCase();
    if (input.changed.has('availability') && !['active', 'pause', 'drain'].includes(availability)) {
      return { stdout: '', stderr: `invalid availability: ${str(input.flags.availability)}\n`, exitCode: 1 };
    }
    if (input.changed.has('role') && role !== 'worker' && role !== 'manager') {
      return { stdout: '', stderr: `invalid role ${str(input.flags.role)}, only worker and manager are supported\n`, exitCode: 1 };
    }
    const denied = managerOnly(ctx.world, ctx.machine);
    if (denied) return denied;
    const r = applyFor(ctx.world, {
      type: 'node/update',
      on: ctx.machine,
      node: nodeRef(ctx.world, ctx.machine, ref),
      ...(availability ? { availability: availability as Availability } : {}),
      ...(role ? { role: role as NodeRole } : {}),
    });
    if (!r.ok) return r.outcome;
    return { stdout: `${ref}\n`, stderr: '', exitCode: 0, ...r.outcome };
  },
};
