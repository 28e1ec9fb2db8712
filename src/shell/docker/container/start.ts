import type { CommandSpec } from '../../cli/commandSpec';
import type { DockerCommand } from '../dockerCommand';
import { eachContainer } from './eachContainer';

const spec = (path: readonly string[]): CommandSpec => ({
  path,
  use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  args: { min: 1 },
  flags: [
    { name: 'attach', shorthand: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'interactive', shorthand: 'i', type: 'bool', usage: "Attach container's STDIN" },
  ],
});

const run: DockerCommand['run'] = (input, ctx) =>
  eachContainer(ctx.world, input.args, (ref) => ({ type: 'container/start', on: ctx.machine, container: ref }));

/** `docker start`. */
export const start: DockerCommand = { spec: spec(['start']), run };
/** `docker container start`. */
export const containerStart: DockerCommand = { spec: spec(['container', 'start']), run };
