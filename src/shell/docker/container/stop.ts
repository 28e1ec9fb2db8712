import type { CommandSpec } from '../../cli/commandSpec';
import type { DockerCommand } from '../dockerCommand';
import { eachContainer } from './eachContainer';

const spec = (path: readonly string[]): CommandSpec => ({
  path,
  use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  args: { min: 1 },
  flags: [
    { name: 'signal', shorthand: 's', type: 'string', usage: 'Signal to send to the container' },
    { name: 'timeout', shorthand: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
  ],
});

const run: DockerCommand['run'] = (input, ctx) =>
  eachContainer(ctx.world, input.args, (ref) => ({ type: 'container/stop', on: ctx.machine, container: ref, signal: 'stop' }));

/** `docker stop`. */
export const stop: DockerCommand = { spec: spec(['stop']), run };
/** `docker container stop`. */
export const containerStop: DockerCommand = { spec: spec(['container', 'stop']), run };
