import type { DockerCommand } from '../dockerCommand';
import { serviceCreate } from './create';
import { serviceLs } from './ls';
import { servicePs } from './ps';

/** The `docker service` commands. */
export const serviceCommands: readonly DockerCommand[] = [serviceCreate, serviceLs, servicePs];
