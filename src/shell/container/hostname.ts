import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { distroOf } from './tools';

/** `hostname` and `hostname -i` (the addresses /etc/hosts gives the hostname). */
export const hostname: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c) return { stdout: '', stderr: '', exitCode: 1 };
  if (argv[1] !== '-i') return { stdout: `${c.hostname}\n`, stderr: '', exitCode: 0 };
  const ips = c.interfaces
    .map((e) => ctx.world.endpoints[e])
    .filter((e) => e && !ctx.world.networks[e.network]?.ingress && ctx.world.networks[e.network]?.name !== 'docker_gwbridge')
    .map((e) => e?.ip ?? '');
  // Debian's hostname prints each address followed by a space; BusyBox joins them.
  const line = distroOf(ctx.world, id) === 'debian' ? ips.map((ip) => `${ip} `).join('') : ips.join(' ');
  return { stdout: `${line}\n`, stderr: '', exitCode: 0 };
};
