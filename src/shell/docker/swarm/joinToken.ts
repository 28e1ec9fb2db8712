import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';
import { fail } from '../../types';
import { daemonError } from '../errorText';
import { managerOnly } from '../managerOnly';
import { joinHint } from './joinHint';

/** `docker swarm join-token [-q] (worker|manager)`: managers only. */
export const swarmJoinToken: DockerCommand = {
  spec: {
    path: ['swarm', 'join-token'],
    use: 'join-token [OPTIONS] (worker|manager)',
    short: 'Manage join tokens',
    args: { exact: 1 },
    flags: [{ name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only display token' }],
  },
  run(input, ctx) {
    const w = ctx.world;
    const role = input.args[0] ?? '';
    if (role !== 'worker' && role !== 'manager') return { stdout: '', stderr: `unknown role ${role}\n`, exitCode: 1 };
    const denied = managerOnly(w, ctx.machine);
    if (denied || !w.swarm) return denied ?? fail(daemonError({ key: 'not-swarm-manager', params: {} }, w.profile));
    if (bool(input.flags.quiet)) return { stdout: `${w.swarm.tokens[role]}\n`, stderr: '', exitCode: 0 };
    return { stdout: joinHint(w, ctx.machine, role), stderr: '', exitCode: 0 };
  },
};
