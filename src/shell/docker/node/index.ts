import type { DockerCommand } from '../dockerCommand';

/** The `docker node` commands. */
export const nodeCommands: readonly DockerCommand[] = [];
