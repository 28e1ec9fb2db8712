import type { DockerCommand } from '../dockerCommand';

/** The `docker service` commands. */
export const serviceCommands: readonly DockerCommand[] = [];
