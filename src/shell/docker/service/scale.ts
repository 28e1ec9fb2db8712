import type { Change } from '../../../sim/changes';
import type { World } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import { fail } from '../../types';
import { applyFor } from '../applyChanges';
import { errorText } from '../errorText';
import { bool, type DockerCommand } from '../dockerCommand';
import { detachFlag } from './flagSpecs';
import { waitOnService } from './waitOnService';

const spec: CommandSpec = {
  path: ['service', 'scale'],
  use: 'scale SERVICE=REPLICAS [SERVICE=REPLICAS...]',
  short: 'Scale one or multiple replicated services',
  args: { min: 1 },
  flags: [detachFlag],
};

/** `docker service scale web=5`: `web scaled to 5` per service, then progress for each; errors are gathered. */
export const serviceScale: DockerCommand = {
  spec,
  run(input, ctx) {
    for (const arg of input.args) {
      const eq = arg.indexOf('=');
      if (eq <= 0 || eq === arg.length - 1) {
        return fail(
          `invalid scale specifier '${arg}'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\n${spec.short}\n`,
        );
      }
    }
    let world: World = ctx.world;
    const changes: Change[] = [];
    const errors: string[] = [];
    const scaled: { id: string; label: string }[] = [];
    let stdout = '';
    for (const arg of input.args) {
      const eq = arg.indexOf('=');
      const name = arg.slice(0, eq);
      const value = arg.slice(eq + 1);
      if (!/^\d+$/.test(value)) {
        errors.push(`${name}: invalid replicas value ${value}: strconv.ParseUint: parsing ${JSON.stringify(value)}: invalid syntax`);
        continue;
      }
      const r = applyFor(world, { type: 'service/update', on: ctx.machine, service: name, update: { replicas: Number(value) } });
      if (!r.ok) {
        const text = errorText(r.error, world.profile);
        errors.push(`${name}: ${r.error.key === 'service-not-replicated' ? text : `Error response from daemon: ${text}`}`);
        continue;
      }
      world = r.world;
      changes.push(...(r.outcome.changes ?? []));
      stdout += `${name} scaled to ${Number(value)}\n`;
      scaled.push({ id: r.result, label: name });
    }
    const stderr = errors.map((e) => `${e}\n`).join('');
    if (scaled.length === 0) return { stdout, stderr, exitCode: 1 };
    if (bool(input.flags.detach) || !ctx.tty) {
      return { stdout, stderr, exitCode: errors.length ? 1 : 0, transcript: stdout + stderr, world, changes };
    }
    const waited = waitOnService(world, changes, stdout, scaled, false);
    if (waited.running || errors.length === 0) return waited;
    return { ...waited, stderr, exitCode: 1, transcript: waited.stdout + stderr };
  },
};
