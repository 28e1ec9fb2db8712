import type { ServiceUpdate } from '../../../sim/changes';
import { findService } from '../../../sim/lookup';
import type { CommandSpec } from '../../cli/commandSpec';
import { fail } from '../../types';
import { applyFor } from '../applyChanges';
import { cliStyleOf } from '../cliStyle';
import { bool, list, str, type DockerCommand } from '../dockerCommand';
import { flagFailure } from './create';
import { serviceFlags } from './flagSpecs';
import { parseAll, parseNetwork, parsePublish } from './serviceFlags';
import { waitOnService } from './waitOnService';
import { deployPatch } from './deployPatch';

const spec: CommandSpec = {
  path: ['service', 'update'],
  use: 'update [OPTIONS] SERVICE',
  short: 'Update a service',
  args: { exact: 1 },
  flags: serviceFlags('update').filter((f) => f.name !== 'hostname'),
};

/** `docker service update`: prints the service as named, then progress like create (`verify: Service web converged`). */
export const serviceUpdate: DockerCommand = {
  spec,
  run(input, ctx) {
    const style = cliStyleOf(ctx.world.profile);
    const f = input.flags;
    const ref = input.args[0] ?? '';
    const addPorts = parseAll(list(f['publish-add']), parsePublish);
    if (!addPorts.ok) return flagFailure(spec, 'publish-add', '', addPorts, style);
    const removePorts = parseAll(list(f['publish-rm']), parsePublish);
    if (!removePorts.ok) return flagFailure(spec, 'publish-rm', '', removePorts, style);
    const addNetworks = parseAll(list(f['network-add']), parseNetwork);
    if (!addNetworks.ok) return flagFailure(spec, 'network-add', '', addNetworks, style);
    const deploy = deployPatch(input);
    if (!deploy.ok) return flagFailure(spec, deploy.flag, '', deploy, style);
    const service = findService(ctx.world, ref);
    const networkIds = list(f['network-rm']).map((name) => {
      const net = Object.values(ctx.world.networks).find((n) => n.scope === 'swarm' && (n.name === name || n.id === name));
      return net?.id ?? name;
    });
    if (service && input.changed.has('replicas') && service.spec.mode.kind === 'global') {
      return fail('replicas can only be used with replicated or replicated-job mode\n');
    }
    const mode = str(f['endpoint-mode']).toLowerCase();
    const update: ServiceUpdate = {
      ...(input.changed.has('replicas') ? { replicas: Number(f.replicas) } : {}),
      ...(input.changed.has('image') ? { image: str(f.image) } : {}),
      ...(input.changed.has('args') ? { args: str(f.args).split(/\s+/).filter(Boolean) } : {}),
      ...(addNetworks.value.length ? { addNetworks: addNetworks.value } : {}),
      ...(networkIds.length ? { removeNetworks: networkIds } : {}),
      ...(addPorts.value.length ? { addPorts: addPorts.value } : {}),
      ...(removePorts.value.length ? { removePorts: removePorts.value.map((p) => p.target) } : {}),
      ...(mode === 'vip' || mode === 'dnsrr' ? { endpointMode: mode } : {}),
      ...(list(f['constraint-add']).length ? { addConstraints: list(f['constraint-add']) } : {}),
      ...(list(f['constraint-rm']).length ? { removeConstraints: list(f['constraint-rm']) } : {}),
      ...(bool(f.force) ? { force: true } : {}),
      ...(Object.keys(deploy.value).length ? { deploy: deploy.value } : {}),
    };
    const r = applyFor(ctx.world, { type: 'service/update', on: ctx.machine, service: ref, update });
    if (!r.ok) return r.outcome;
    const changes = r.outcome.changes ?? [];
    if (bool(f.detach) || !ctx.tty) return { stdout: `${ref}\n`, stderr: '', exitCode: 0, world: r.world, changes };
    return waitOnService(r.world, changes, `${ref}\n`, [{ id: r.result, label: ref }], bool(f.quiet));
  },
};
