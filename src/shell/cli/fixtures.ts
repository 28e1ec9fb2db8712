import type { CommandSpec } from './commandSpec';
import { networkCreate as networkCreateCommand } from '../docker/network/create';

/** `docker network create` as the playground declares it (cli/command/network/create.go): the real command's spec. */
export const networkCreate: CommandSpec = networkCreateCommand.spec;

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
