import { findContainer } from '../../../sim/lookup';
import { normalizeImage } from '../../../sim/images';
import type { CommandSpec } from '../../cli/commandSpec';
import type { CommandOutcome } from '../../types';
import { fail } from '../../types';
import { cliStyleOf } from '../cliStyle';
import type { DockerCommand, DockerContext, ParsedCommand } from '../dockerCommand';
import { daemonError } from '../errorText';
import { shellOf } from './runInside';

const spec = (path: readonly string[]): CommandSpec => ({
  path,
  use: 'attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  args: { exact: 1 },
  flags: [
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
    { name: 'sig-proxy', type: 'bool', default: true, usage: 'Proxy all received signals to the process' },
  ],
});

/** A process that prints nothing more until Ctrl+C (the attached output of a quiet server). */
const quiet = { outputUntil: () => '', interrupt: () => ({ text: '^C\n', exitCode: 0 }) };

/**
 * `docker attach C`: a container whose main process is a shell (`docker run -dit alpine`) gives its
 * prompt back, and `exit` there ends the container, as leaving a `docker run -it` shell does; any other
 * process streams its (here silent) output until Ctrl+C.
 */
function runAttach(input: ParsedCommand, ctx: DockerContext): CommandOutcome {
  const ref = input.args[0] ?? '';
  const c = findContainer(ctx.world, ctx.machine, ref);
  if (!c) return fail(daemonError({ key: 'container-not-found', params: { name: ref } }, ctx.world.profile));
  if (c.state !== 'running') {
    const legacy = cliStyleOf(ctx.world.profile) === 'legacy';
    return fail(`${legacy ? 'You cannot' : 'cannot'} attach to a stopped container, start it first\n`);
  }
  if (!c.task && shellOf(normalizeImage(c.image), c.command)) {
    return { stdout: '', stderr: '', exitCode: 0, enter: { kind: 'container', machine: ctx.machine, container: c.id, main: { rm: false } } };
  }
  return { stdout: '', stderr: '', exitCode: 0, running: quiet };
}

/** `docker attach`. */
export const attach: DockerCommand = { spec: spec(['attach']), run: runAttach };
/** `docker container attach`. */
export const containerAttach: DockerCommand = { spec: spec(['container', 'attach']), run: runAttach };
