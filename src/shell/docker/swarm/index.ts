import type { DockerCommand } from '../dockerCommand';
import { swarmInit } from './init';
import { swarmJoin } from './join';
import { swarmJoinToken } from './joinToken';
import { swarmLeave } from './leave';

/** The `docker swarm` commands. */
export const swarmCommands: readonly DockerCommand[] = [swarmInit, swarmJoin, swarmJoinToken, swarmLeave];
