import type { DockerCommand } from '../dockerCommand';
import { serviceCreate } from './create';
import { serviceInspect } from './inspect';
import { serviceLogs } from './logs';
import { serviceLs } from './ls';
import { servicePs } from './ps';
import { serviceRm } from './rm';
import { serviceScale } from './scale';
import { serviceUpdate } from './update';

/** The `docker service` commands. */
export const serviceCommands: readonly DockerCommand[] = [
  serviceCreate,
  serviceInspect,
  serviceLogs,
  serviceLs,
  servicePs,
  serviceRm,
  serviceScale,
  serviceUpdate,
];
