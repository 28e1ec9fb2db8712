import { findContainer } from '../../../sim/lookup';
import type { CommandSpec } from '../../cli/commandSpec';
import { fail, ok } from '../../types';
import type { DockerCommand } from '../dockerCommand';
import { daemonError } from '../errorText';

const spec = (path: readonly string[]): CommandSpec => ({
  path,
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: { exact: 1 },
  flags: [
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Follow log output' },
    { name: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: 'tail', shorthand: 'n', type: 'string', default: 'all', usage: 'Number of lines to show from the end of the logs' },
    { name: 'timestamps', shorthand: 't', type: 'bool', usage: 'Show timestamps' },
    { name: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
  ],
});

/** Minimal logs: the simulated programs (sleep, shells, servers before any request) print nothing. */
const run: DockerCommand['run'] = (input, ctx) => {
  const ref = input.args[0] ?? '';
  const c = findContainer(ctx.world, ctx.machine, ref);
  return c ? ok('') : fail(daemonError({ key: 'container-not-found', params: { name: ref } }, ctx.world.profile));
};

/** `docker logs`. */
export const logs: DockerCommand = { spec: spec(['logs']), run };
/** `docker container logs`. */
export const containerLogs: DockerCommand = { spec: spec(['container', 'logs']), run };
