import type { DockerCommand } from '../dockerCommand';

/** The `docker system` commands. */
export const systemCommands: readonly DockerCommand[] = [];
