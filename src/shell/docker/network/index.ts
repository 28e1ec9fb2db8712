import type { DockerCommand } from '../dockerCommand';
import { networkConnect } from './connect';
import { networkCreate } from './create';
import { networkDisconnect } from './disconnect';
import { networkInspect } from './inspect';
import { networkLs } from './ls';
import { networkPrune } from './prune';
import { networkRm } from './rm';

/** The `docker network` commands. */
export const networkCommands: readonly DockerCommand[] = [
  networkConnect,
  networkCreate,
  networkDisconnect,
  networkInspect,
  networkLs,
  networkPrune,
  networkRm,
];
