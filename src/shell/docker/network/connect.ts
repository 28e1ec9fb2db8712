import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { list } from '../dockerCommand';

/** `docker network connect [OPTIONS] NETWORK CONTAINER`: silent on success. */
export const networkConnect: DockerCommand = {
  spec: {
    path: ['network', 'connect'],
    use: 'connect [OPTIONS] NETWORK CONTAINER',
    short: 'Connect a container to a network',
    args: { exact: 2 },
    flags: [
      { name: 'ip', type: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
      { name: 'ip6', type: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
      { name: 'link', type: 'list', usage: 'Add link to another container' },
      { name: 'alias', type: 'stringSlice', usage: 'Add network-scoped alias for the container' },
      { name: 'link-local-ip', type: 'stringSlice', usage: 'Add a link-local address for the container' },
      { name: 'driver-opt', type: 'stringSlice', usage: 'driver options for the network' },
      { name: 'gw-priority', type: 'int', usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' },
    ],
  },
  run(input, ctx) {
    const [network = '', container = ''] = input.args;
    const r = applyFor(ctx.world, { type: 'network/connect', on: ctx.machine, network, container, aliases: list(input.flags.alias) });
    if (!r.ok) return r.outcome;
    return { stdout: '', stderr: '', exitCode: 0, ...r.outcome };
  },
};
