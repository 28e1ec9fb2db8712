import type { DockerCommand } from '../dockerCommand';
import { info } from './info';
import { version } from './version';

/** The `docker system` commands and their top-level forms (`docker version`, `docker info`). */
export const systemCommands: readonly DockerCommand[] = [version, info, { ...info, spec: { ...info.spec, path: ['system', 'info'] } }];
