import type { CommandSpec } from '../../cli/commandSpec';
import { bool, type DockerCommand } from '../dockerCommand';
import { eachContainer } from './eachContainer';

const spec = (path: readonly string[], aliases?: readonly string[]): CommandSpec => ({
  path,
  use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  ...(aliases ? { aliases } : {}),
  args: { min: 1 },
  flags: [
    { name: 'force', shorthand: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    { name: 'link', shorthand: 'l', type: 'bool', usage: 'Remove the specified link' },
    { name: 'volumes', shorthand: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  ],
});

const run: DockerCommand['run'] = (input, ctx) =>
  eachContainer(ctx.world, input.args, (ref) => ({ type: 'container/rm', on: ctx.machine, container: ref, force: bool(input.flags.force) }));

/** `docker rm [-f]`. */
export const rm: DockerCommand = { spec: spec(['rm']), run };
/** `docker container rm` (alias `remove`). */
export const containerRm: DockerCommand = { spec: spec(['container', 'rm'], ['remove']), run };
