import { docker } from '../docker/docker';
import type { CommandHandler } from '../types';
import { hostname } from './hostname';
import { ip } from './ipAddr';
import { uname } from './uname';

/** Commands of a node's shell (boot2docker), by name. Node tools live in src/shell/node/. */
export const nodeCommands: Readonly<Record<string, CommandHandler>> = {
  docker,
  hostname,
  ip,
  uname,
};
