import type { DockerCommand } from '../dockerCommand';

/** The `docker container` commands. */
export const containerCommands: readonly DockerCommand[] = [];
