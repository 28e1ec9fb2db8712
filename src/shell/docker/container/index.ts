import type { DockerCommand } from '../dockerCommand';
import { attach, containerAttach } from './attach';
import { containerExec, exec } from './exec';
import { containerInspect, inspect } from './inspect';
import { containerKill, kill } from './kill';
import { containerLogs, logs } from './logs';
import { containerLs, ps } from './ps';
import { containerRm, rm } from './rm';
import { containerRun, run } from './run';
import { containerStart, start } from './start';
import { containerStop, stop } from './stop';

/** The `docker container` commands and their top-level shortcuts (`docker ps`, `docker run`...). */
export const containerCommands: readonly DockerCommand[] = [
  ps, containerLs, run, containerRun, exec, containerExec, rm, containerRm,
  stop, containerStop, kill, containerKill, start, containerStart, logs, containerLogs, inspect, containerInspect,
  attach, containerAttach,
];
