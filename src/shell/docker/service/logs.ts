import { findImage } from '../../../sim/images';
import { findService, tasksOf } from '../../../sim/lookup';
import type { CommandSpec } from '../../cli/commandSpec';
import { fail, ok } from '../../types';
import { bool, type DockerCommand } from '../dockerCommand';
import { managerOnly } from '../managerOnly';

const spec: CommandSpec = {
  path: ['service', 'logs'],
  use: 'logs [OPTIONS] SERVICE|TASK',
  short: 'Fetch the logs of a service or task',
  args: { exact: 1 },
  flags: [
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Follow log output' },
    { name: 'no-task-ids', type: 'bool', usage: 'Do not include task IDs in output' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
    { name: 'raw', type: 'bool', usage: 'Do not neatly format logs' },
    { name: 'timestamps', shorthand: 't', type: 'bool', usage: 'Show timestamps' },
  ],
};

/** What nginx's docker-entrypoint.sh prints before nginx starts (the part of its log that never varies). */
const nginxStart = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/**
 * `docker service logs`: each started task's output, prefixed `web.1.<task id>@<node>    | `. Only nginx prints
 * anything in the playground (its entrypoint lines); `sleep`, shells and whoami print nothing at start.
 */
export const serviceLogs: DockerCommand = {
  spec,
  run(input, ctx) {
    const denied = managerOnly(ctx.world, ctx.machine);
    if (denied) return denied;
    const ref = input.args[0] ?? '';
    const service = findService(ctx.world, ref);
    if (!service) return fail(`Error response from daemon: service ${ref} not found\n`);
    const lines = findImage(service.spec.image)?.serves?.app === 'nginx' && service.spec.args.length === 0 ? nginxStart : [];
    const started = tasksOf(ctx.world, service.id)
      .filter((t) => t.container)
      .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || a.createdAt - b.createdAt);
    let out = '';
    for (const t of started) {
      const node = ctx.world.swarm?.nodes.find((n) => n.id === t.node);
      const id = bool(input.flags['no-trunc']) ? t.id : t.id.slice(0, 12);
      const task = `${service.spec.name}.${t.slot ?? t.node}${bool(input.flags['no-task-ids']) ? '' : `.${id}`}`;
      const prefix = bool(input.flags.raw) ? '' : `${task}@${node?.machine ?? ''}    | `;
      out += lines.map((l) => `${prefix}${l}\n`).join('');
    }
    return ok(out);
  },
};
