import type { CommandSpec } from '../../cli/commandSpec';
import { cliStyleOf } from '../cliStyle';
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

/** After the daemon's errors, docker/cli names the containers that failed (17.10's CLI with an `Error: ` of its own). */
const run: DockerCommand['run'] = (input, ctx) => {
  const out = eachContainer(ctx.world, input.args, (ref) => ({ type: 'container/start', on: ctx.machine, container: ref }));
  if (out.exitCode === 0) return out;
  const failed = input.args.filter((ref) => !out.stdout.split('\n').includes(ref));
  const line = `${cliStyleOf(ctx.world.profile) === 'legacy' ? 'Error: ' : ''}failed to start containers: ${failed.join(', ')}\n`;
  return { ...out, stderr: out.stderr + line, transcript: `${out.transcript ?? ''}${line}` };
};

/** `docker start`. */
export const start: DockerCommand = { spec: spec(['start']), run };
/** `docker container start`. */
export const containerStart: DockerCommand = { spec: spec(['container', 'start']), run };
