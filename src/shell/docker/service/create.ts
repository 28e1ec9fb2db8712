import { findImage } from '../../../sim/images';
import type { ServiceSpec } from '../../../sim/world';
import { flagError } from '../../cli/cliErrors';
import type { CommandSpec } from '../../cli/commandSpec';
import { fail } from '../../types';
import { applyFor } from '../applyChanges';
import { cliStyleOf } from '../cliStyle';
import { bool, list, str, type DockerCommand } from '../dockerCommand';
import { serviceFlags } from './flagSpecs';
import { deployPatch } from './deployPatch';
import { defaultDeploy, patchDeploy } from '../../../sim/service/deploySpec';
import { generatedName } from './generatedName';
import { parseAll, parseNetwork, parsePublish } from './serviceFlags';
import { displayImage } from './serviceView';
import { waitOnService } from './waitOnService';

const spec: CommandSpec = {
  path: ['service', 'create'],
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new service',
  args: { min: 1 },
  interspersed: false,
  flags: serviceFlags('create'),
};

/** `docker service create`: builds the spec, creates the service, then shows progress until it converges. */
export const serviceCreate: DockerCommand = {
  spec,
  run(input, ctx) {
    const style = cliStyleOf(ctx.world.profile);
    const f = input.flags;
    const ports = parseAll(list(f.publish), parsePublish);
    if (!ports.ok) return flagFailure(spec, 'publish', 'p', ports, style);
    const networks = parseAll(list(f.network), parseNetwork);
    if (!networks.ok) return flagFailure(spec, 'network', '', networks, style);
    const deploy = deployPatch(input);
    if (!deploy.ok) return flagFailure(spec, deploy.flag, '', deploy, style);
    const modeName = str(f.mode);
    if (modeName !== 'replicated' && modeName !== 'global') return fail(`Unknown mode: ${modeName}, only replicated and global supported\n`);
    if (modeName === 'global' && input.changed.has('replicas')) return fail('replicas can only be used with replicated or replicated-job mode\n');
    const [image = '', ...args] = input.args;
    const serviceSpec: ServiceSpec = {
      name: str(f.name) || generatedName(ctx.world.rng),
      image,
      args,
      mode: modeName === 'global' ? { kind: 'global' } : { kind: 'replicated', replicas: input.changed.has('replicas') ? Number(f.replicas) : 1 },
      networks: networks.value,
      ports: ports.value,
      endpointMode: str(f['endpoint-mode']).toLowerCase() === 'dnsrr' ? 'dnsrr' : 'vip',
      hostname: str(f.hostname) || null,
      constraints: list(f.constraint),
      deploy: patchDeploy(defaultDeploy, deploy.value),
    };
    const r = applyFor(ctx.world, { type: 'service/create', on: ctx.machine, spec: serviceSpec });
    if (!r.ok) return r.outcome;
    const warning = findImage(image)
      ? ''
      : `image ${displayImage(image)} could not be accessed on a registry to record\nits digest. Each node will access ${displayImage(image)} independently,\npossibly leading to different nodes running different\nversions of the image.\n`;
    const id = r.result;
    const changes = r.outcome.changes ?? [];
    if (bool(f.detach) || !ctx.tty) {
      return { stdout: `${id}\n`, stderr: warning, exitCode: 0, transcript: `${warning}${id}\n`, world: r.world, changes };
    }
    return waitOnService(r.world, changes, `${warning}${id}\n`, [{ id, label: id }], bool(f.quiet));
  },
};

/** A flag value docker/cli's opts refuse: pflag's `invalid argument` error with usage, exit 125. */
export function flagFailure(
  command: CommandSpec,
  name: string,
  shorthand: string,
  e: { error: string; raw?: string },
  style: ReturnType<typeof cliStyleOf>,
) {
  const shown = shorthand ? `-${shorthand}, --${name}` : `--${name}`;
  const err = flagError(command, `invalid argument ${JSON.stringify(e.raw ?? '')} for ${JSON.stringify(shown)} flag: ${e.error}`, style);
  return fail(err.stderr, err.exitCode);
}
