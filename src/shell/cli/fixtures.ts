import type { CommandSpec } from './commandSpec';

/** `docker network create` as docker/cli v29.0.0 declares it (cli/command/network/create.go). */
export const networkCreate: CommandSpec = {
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
};

/** A few flags of `docker service create` (cli/command/service/create.go, opts.go): not interspersed. */
export const serviceCreate: CommandSpec = {
  path: ['service', 'create'],
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new service',
  args: { min: 1 },
  interspersed: false,
  flags: [
    { name: 'name', type: 'string', usage: 'Service name' },
    { name: 'replicas', type: 'uint64', valueName: 'uint', usage: 'Number of tasks' },
    { name: 'publish', shorthand: 'p', type: 'list', valueName: 'port', usage: 'Publish a port as a node port' },
    { name: 'network', type: 'list', valueName: 'network', usage: 'Network attachments' },
    { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Exit immediately instead of waiting for the service to converge' },
    { name: 'env', shorthand: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'stop-grace-period', type: 'duration', usage: 'Time to wait before force killing a container (ns|us|ms|s|m|h)' },
  ],
};

const sub = (use: string, short: string): CommandSpec => ({ path: ['network', use.split(' ')[0] as string], use, short, args: {}, flags: [] });

/** `docker network` with its subcommands (cli/command/network/cmd.go). */
export const network: CommandSpec = {
  path: ['network'],
  use: 'network',
  short: 'Manage networks',
  args: 'none',
  flags: [],
  commands: [
    sub('connect [OPTIONS] NETWORK CONTAINER', 'Connect a container to a network'),
    sub('create [OPTIONS] NETWORK', 'Create a network'),
    sub('disconnect [OPTIONS] NETWORK CONTAINER', 'Disconnect a container from a network'),
    sub('inspect [OPTIONS] NETWORK [NETWORK...]', 'Display detailed information on one or more networks'),
    { ...sub('ls [OPTIONS]', 'List networks'), aliases: ['list'], args: 'none' },
    sub('prune [OPTIONS]', 'Remove all unused networks'),
    { ...sub('rm NETWORK [NETWORK...]', 'Remove one or more networks'), aliases: ['remove'], args: { min: 1 } },
  ],
};
