import { profiles } from '../../../sim/profile';
import { applyFor } from '../applyChanges';
import type { DockerCommand } from '../dockerCommand';
import { daemonError } from '../errorText';
import { networkCreateSpec } from './createSpec';

/** `docker network create [OPTIONS] NETWORK` (cli/command/network/create.go): prints the new network's id. */
export const networkCreate: DockerCommand = {
  spec: {
    path: ['network', 'create'],
    use: 'create [OPTIONS] NETWORK',
    short: 'Create a network',
    args: { exact: 1 },
    flags: [
      { name: 'driver', shorthand: 'd', type: 'string', default: 'bridge', usage: 'Driver to manage the Network' },
      { name: 'opt', shorthand: 'o', type: 'map', usage: 'Set driver specific options' },
      { name: 'label', type: 'list', usage: 'Set metadata on a network' },
      { name: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
      { name: 'ipv4', type: 'bool', default: true, usage: 'Enable or disable IPv4 address assignment' },
      { name: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
      { name: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
      { name: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
      { name: 'scope', type: 'string', usage: "Control the network's scope" },
      { name: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
      { name: 'config-from', type: 'string', usage: 'The network from which to copy the configuration' },
      { name: 'ipam-driver', type: 'string', default: 'default', usage: 'IP Address Management Driver' },
      { name: 'subnet', type: 'stringSlice', usage: 'Subnet in CIDR format that represents a network segment' },
      { name: 'ip-range', type: 'ipNetSlice', usage: 'Allocate container ip from a sub-range' },
      { name: 'gateway', type: 'ipSlice', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
      { name: 'aux-address', type: 'map', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' },
      { name: 'ipam-opt', type: 'map', usage: 'Set IPAM driver specific options' },
    ],
  },
  run(input, ctx) {
    const w = ctx.world;
    const profile = profiles[w.profile].name;
    const spec = networkCreateSpec(input, profile);
    if ('cliError' in spec) return { stdout: '', stderr: `${spec.cliError}\n`, exitCode: 1 };
    if ('driverError' in spec) {
      const key = spec.driverError === 'host' || spec.driverError === 'null' ? 'network-driver-scope' : 'network-driver-unknown';
      return { stdout: '', stderr: daemonError({ key, params: { driver: spec.driverError } }, profile), exitCode: 1 };
    }
    const r = applyFor(w, { type: 'network/create', on: ctx.machine, spec });
    if (!r.ok) return r.outcome;
    return { stdout: `${r.result}\n`, stderr: '', exitCode: 0, ...r.outcome };
  },
};
