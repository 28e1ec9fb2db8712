import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';

/** `docker network disconnect [OPTIONS] NETWORK CONTAINER`: silent on success. */
export const networkDisconnect: DockerCommand = {
  spec: {
    path: ['network', 'disconnect'],
    use: 'disconnect [OPTIONS] NETWORK CONTAINER',
    short: 'Disconnect a container from a network',
    args: { exact: 2 },
    flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' }],
  },
  run(input, ctx) {
    const [network = '', container = ''] = input.args;
    const force = bool(input.flags.force);
    const r = applyFor(ctx.world, { type: 'network/disconnect', on: ctx.machine, network, container, force });
    if (!r.ok) return r.outcome;
    return { stdout: '', stderr: '', exitCode: 0, ...r.outcome };
  },
};
