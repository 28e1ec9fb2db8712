import type { CommandSpec } from '../cli/commandSpec';
import { containerCommands } from './container';
import { networkCommands } from './network';
import { nodeCommands } from './node';
import { serviceCommands } from './service';
import { swarmCommands } from './swarm';

const group = (name: string, short: string, children: readonly { spec: CommandSpec }[]): CommandSpec => ({
  path: [name],
  use: `${name}`,
  short,
  args: 'none',
  flags: [],
  commands: children.filter((c) => c.spec.path.length === 2 && c.spec.path[0] === name).map((c) => c.spec),
});

/** `docker network`, `docker service`, ...: management commands that list their subcommands. */
export const managementCommands: readonly CommandSpec[] = [
  group('container', 'Manage containers', containerCommands),
  group('network', 'Manage networks', networkCommands),
  group('node', 'Manage Swarm nodes', nodeCommands),
  group('service', 'Manage Swarm services', serviceCommands),
  group('swarm', 'Manage Swarm', swarmCommands),
];
