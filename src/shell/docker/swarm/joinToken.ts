import { nodeOfMachine } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { DockerCommand } from '../dockerCommand';
import { bool } from '../dockerCommand';
import { daemonError } from '../errorText';
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
    const node = nodeOfMachine(w, ctx.machine);
    if (!node || !w.swarm) return { stdout: '', stderr: daemonError({ key: 'not-swarm-manager', params: {} }, profiles[w.profile].name), exitCode: 1 };
    if (node.role !== 'manager') return { stdout: '', stderr: daemonError({ key: 'not-manager-worker', params: {} }, profiles[w.profile].name), exitCode: 1 };
    if (bool(input.flags.quiet)) return { stdout: `${w.swarm.tokens[role]}\n`, stderr: '', exitCode: 0 };
    return { stdout: joinHint(w, ctx.machine, role), stderr: '', exitCode: 0 };
  },
};
