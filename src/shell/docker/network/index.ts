import type { DockerCommand } from '../dockerCommand';

/** The `docker network` commands. */
export const networkCommands: readonly DockerCommand[] = [];
