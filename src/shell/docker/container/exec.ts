import { findContainer } from '../../../sim/lookup';
import { normalizeImage } from '../../../sim/images';
import type { CommandSpec } from '../../cli/commandSpec';
import type { CommandOutcome } from '../../types';
import { fail } from '../../types';
import { cliStyleOf } from '../cliStyle';
import { bool, type DockerCommand, type DockerContext, type ParsedCommand } from '../dockerCommand';
import { daemonError } from '../errorText';
import { runInside, shellOf } from './runInside';

const spec = (path: readonly string[]): CommandSpec => ({
  path,
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: { min: 2 },
  interspersed: false,
  flags: [
    { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'env', shorthand: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
    { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    { name: 'user', shorthand: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'workdir', shorthand: 'w', type: 'string', usage: 'Working directory inside the container' },
  ],
});

function runExec(input: ParsedCommand, ctx: DockerContext): CommandOutcome {
  const [ref = '', ...argv] = input.args;
  const c = findContainer(ctx.world, ctx.machine, ref);
  if (!c) return fail(daemonError({ key: 'container-not-found', params: { name: ref } }, ctx.world.profile));
  if (c.state !== 'running') {
    const word = cliStyleOf(ctx.world.profile) === 'legacy' ? 'Container' : 'container';
    return fail(`Error response from daemon: ${word} ${c.id} is not running\n`);
  }
  if (bool(input.flags.interactive) && bool(input.flags.tty) && shellOf(normalizeImage(c.image), argv)) {
    return { stdout: '', stderr: '', exitCode: 0, enter: { kind: 'container', machine: ctx.machine, container: c.id } };
  }
  if (bool(input.flags.detach)) return { stdout: '', stderr: '', exitCode: 0 };
  return runInside(ctx.world, ctx.machine, c.id, argv);
}

/** `docker exec`: a shell (`-it bash`) enters the container; any other command runs once inside it. */
export const exec: DockerCommand = { spec: spec(['exec']), run: runExec };
/** `docker container exec`. */
export const containerExec: DockerCommand = { spec: spec(['container', 'exec']), run: runExec };
