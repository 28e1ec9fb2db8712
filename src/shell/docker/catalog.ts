import type { CommandSpec } from '../cli/commandSpec';
import { containerCommands } from './container';
import { managementCommands } from './managementCommands';
import { networkCommands } from './network';
import { nodeCommands } from './node';
import { serviceCommands } from './service';
import { swarmCommands } from './swarm';
import { systemCommands } from './system';

/** Every docker command's spec (`docker ps`, `docker network create`, ...), then the management groups. */
export function dockerCatalog(): readonly CommandSpec[] {
  return [
    ...[...containerCommands, ...networkCommands, ...nodeCommands, ...serviceCommands, ...swarmCommands, ...systemCommands].map((c) => c.spec),
    ...managementCommands,
  ];
}
