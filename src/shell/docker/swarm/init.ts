import type { Change } from '../../../sim/changes';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { list, num, str } from '../dockerCommand';
import { joinHint } from './joinHint';
import { nodeOfMachine } from '../../../sim/lookup';
import { initAddrError } from './swarmAddress';

/** `docker swarm init` (cli/command/swarm/init.go): the node id, the worker join command, the manager hint. */
export const swarmInit: DockerCommand = {
  spec: {
    path: ['swarm', 'init'],
    use: 'init [OPTIONS]',
    short: 'Initialize a swarm',
    args: 'none',
    flags: [
      { name: 'advertise-addr', type: 'string', usage: 'Advertised address (format: "<ip|interface>[:port]")' },
      { name: 'autolock', type: 'bool', usage: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' },
      { name: 'availability', type: 'string', default: 'active', usage: 'Availability of the node ("active", "pause", "drain")' },
      { name: 'cert-expiry', type: 'duration', default: 2160 * 3600e9, usage: 'Validity period for node certificates (ns|us|ms|s|m|h)' },
      { name: 'data-path-addr', type: 'string', usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")' },
      {
        name: 'data-path-port',
        type: 'uint64',
        valueName: 'uint32',
        usage: 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.',
      },
      { name: 'default-addr-pool', type: 'ipNetSlice', usage: 'default address pool in CIDR format' },
      { name: 'default-addr-pool-mask-length', type: 'uint64', valueName: 'uint32', default: 24, usage: 'default address pool subnet mask length' },
      { name: 'dispatcher-heartbeat', type: 'duration', default: 5e9, usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)' },
      { name: 'external-ca', type: 'list', valueName: 'external-ca', usage: 'Specifications of one or more certificate signing endpoints' },
      { name: 'force-new-cluster', type: 'bool', usage: 'Force create a new cluster from current state' },
      { name: 'listen-addr', type: 'string', valueName: 'node-addr', default: '0.0.0.0:2377', usage: 'Listen address (format: "<ip|interface>[:port]")' },
      { name: 'max-snapshots', type: 'uint64', valueName: 'uint', usage: 'Number of additional Raft snapshots to retain' },
      { name: 'snapshot-interval', type: 'uint64', valueName: 'uint', default: 10000, usage: 'Number of log entries between Raft snapshots' },
      { name: 'task-history-limit', type: 'int', default: 5, usage: 'Task history retention limit' },
    ],
  },
  run(input, ctx) {
    const addrs = { listen: str(input.flags['listen-addr']), advertise: str(input.flags['advertise-addr']), dataPath: str(input.flags['data-path-addr']) };
    const badAddr = nodeOfMachine(ctx.world, ctx.machine) ? null : initAddrError(ctx.world, ctx.machine, addrs);
    if (badAddr) return { stdout: '', stderr: `Error response from daemon: ${badAddr}\n`, exitCode: 1 };
    const pools = list(input.flags['default-addr-pool']);
    const port = num(input.flags['data-path-port']);
    const change: Change = {
      type: 'swarm/init',
      on: ctx.machine,
      advertiseAddr: str(input.flags['advertise-addr']),
      ...(pools.length > 0 ? { addrPools: pools } : {}),
      maskLength: num(input.flags['default-addr-pool-mask-length']),
      ...(port > 0 ? { dataPathPort: port } : {}),
    };
    const r = applyFor(ctx.world, change);
    if (!r.ok) return r.outcome;
    const stdout =
      `Swarm initialized: current node (${r.result}) is now a manager.\n\n` +
      joinHint(r.world, ctx.machine, 'worker') +
      "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n\n";
    return { stdout, stderr: '', exitCode: 0, ...r.outcome };
  },
};
