import type { DockerCommand } from '../dockerCommand';

/** The `docker swarm` commands. */
export const swarmCommands: readonly DockerCommand[] = [];
