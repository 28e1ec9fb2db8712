import { findContainer } from '../../../sim/lookup';
import type { CommandSpec } from '../../cli/commandSpec';
import { cliStyleOf } from '../cliStyle';
import type { DockerCommand } from '../dockerCommand';
import { daemonError } from '../errorText';
import { eachContainer } from './eachContainer';

const spec = (path: readonly string[]): CommandSpec => ({
  path,
  use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  args: { min: 1 },
  flags: [{ name: 'signal', shorthand: 's', type: 'string', usage: 'Signal to send to the container' }],
});

const run: DockerCommand['run'] = (input, ctx) =>
  eachContainer(
    ctx.world,
    input.args,
    (ref) => ({ type: 'container/stop', on: ctx.machine, container: ref, signal: 'kill' }),
    (e, ref) => {
      if (e.key !== 'container-not-running') return daemonError(e, ctx.world.profile);
      // The API wraps the daemon's error with the reference as typed (moby router postContainersKill).
      const id = findContainer(ctx.world, ctx.machine, ref)?.id ?? ref;
      const word = cliStyleOf(ctx.world.profile) === 'legacy' ? 'Container' : 'container';
      return `Error response from daemon: Cannot kill container: ${ref}: ${word} ${id} is not running\n`;
    },
  );

/** `docker kill`: a task's container dies with 137 and the orchestrator replaces the task. */
export const kill: DockerCommand = { spec: spec(['kill']), run };
/** `docker container kill`. */
export const containerKill: DockerCommand = { spec: spec(['container', 'kill']), run };
