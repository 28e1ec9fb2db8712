import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { str } from '../dockerCommand';
import { nodeOfMachine } from '../../../sim/lookup';
import { joinAddrError } from './swarmAddress';

/** `docker swarm join --token TOKEN HOST:PORT`: joins as the token's role. */
export const swarmJoin: DockerCommand = {
  spec: {
    path: ['swarm', 'join'],
    use: 'join [OPTIONS] HOST:PORT',
    short: 'Join a swarm as a node and/or manager',
    args: { exact: 1 },
    flags: [
      { name: 'advertise-addr', type: 'string', usage: 'Advertised address (format: "<ip|interface>[:port]")' },
      { name: 'availability', type: 'string', default: 'active', usage: 'Availability of the node ("active", "pause", "drain")' },
      { name: 'data-path-addr', type: 'string', usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")' },
      { name: 'listen-addr', type: 'string', valueName: 'node-addr', default: '0.0.0.0:2377', usage: 'Listen address (format: "<ip|interface>[:port]")' },
      { name: 'token', type: 'string', usage: 'Token for entry into the swarm' },
    ],
  },
  run(input, ctx) {
    const remote = input.args[0] ?? '';
    const addrs = { listen: str(input.flags['listen-addr']), advertise: str(input.flags['advertise-addr']), dataPath: str(input.flags['data-path-addr']) };
    const badAddr = nodeOfMachine(ctx.world, ctx.machine) ? null : joinAddrError(ctx.world, ctx.machine, addrs);
    if (badAddr) return { stdout: '', stderr: `Error response from daemon: ${badAddr}\n`, exitCode: 1 };
    const r = applyFor(ctx.world, { type: 'swarm/join', on: ctx.machine, token: str(input.flags.token), remote });
    if (!r.ok) return r.outcome;
    return { stdout: `This node joined a swarm as a ${r.result}.\n`, stderr: '', exitCode: 0, ...r.outcome };
  },
};
