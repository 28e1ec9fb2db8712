import type { FlagSpec } from '../../cli/commandSpec';
import { deployFlags } from './deployFlags';

const detach: FlagSpec = { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Exit immediately instead of waiting for the service to converge' };
const quiet: FlagSpec = { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Suppress progress output' };

/** Flags shared by `service create` and `service update`, as docker/cli declares them (cli/command/service/opts.go). */
export function serviceFlags(verb: 'create' | 'update'): FlagSpec[] {
  const common: FlagSpec[] = [
    detach,
    { name: 'hostname', type: 'string', usage: 'Container hostname' },
    quiet,
    { name: 'replicas', type: 'uint64', valueName: 'uint', usage: 'Number of tasks' },
    { name: 'endpoint-mode', type: 'string', default: verb === 'create' ? 'vip' : '', usage: 'Endpoint mode (vip or dnsrr)' },
  ];
  if (verb === 'create') {
    const extra: FlagSpec[] = [
      { name: 'constraint', type: 'list', usage: 'Placement constraints' },
      { name: 'env', shorthand: 'e', type: 'list', usage: 'Set environment variables' },
      { name: 'mode', type: 'string', default: 'replicated', usage: 'Service mode ("replicated", "global", "replicated-job", "global-job")' },
      { name: 'name', type: 'string', usage: 'Service name' },
      { name: 'network', type: 'list', valueName: 'network', usage: 'Network attachments' },
      { name: 'publish', shorthand: 'p', type: 'list', valueName: 'port', usage: 'Publish a port as a node port' },
    ];
    return [...common, ...extra, ...deployFlags('create')].sort(byName);
  }
  const extra: FlagSpec[] = [
    { name: 'args', type: 'string', valueName: 'command', usage: 'Service command args' },
    { name: 'constraint-add', type: 'list', usage: 'Add or update a placement constraint' },
    { name: 'constraint-rm', type: 'list', usage: 'Remove a constraint' },
    { name: 'force', type: 'bool', usage: 'Force update even if no changes require it' },
    { name: 'image', type: 'string', usage: 'Service image tag' },
    { name: 'network-add', type: 'list', valueName: 'network', usage: 'Add a network' },
    { name: 'network-rm', type: 'list', usage: 'Remove a network' },
    { name: 'publish-add', type: 'list', valueName: 'port', usage: 'Add or update a published port' },
    { name: 'publish-rm', type: 'list', valueName: 'port', usage: 'Remove a published port by its target port' },
  ];
  return [...common, ...extra, ...deployFlags('update')].sort(byName);
}

function byName(a: FlagSpec, b: FlagSpec): number {
  return a.name < b.name ? -1 : 1;
}

export { detach as detachFlag, quiet as quietFlag };
