import type { CliStyle, FlagSpec, FlagValue } from '../../cli/commandSpec';
import type { PortConfig } from '../../../sim/world';

/** The `docker run` flags the playground knows (docker/cli cli/command/container/run.go and opts.go). */
export function runFlags(style: CliStyle): readonly FlagSpec[] {
  return [
    { name: 'detach', shorthand: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
    { name: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
    { name: 'env', shorthand: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'hostname', shorthand: 'h', type: 'string', usage: 'Container host name' },
    { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'name', type: 'string', usage: 'Assign a name to the container' },
    // Today's CLI sends each --network (docker/cli NetworkOpt); 17.10's kept a string: the last one wins.
    { name: 'network', type: 'list', valueName: 'network', usage: 'Connect a container to a network' },
    { name: 'network-alias', type: 'list', usage: 'Add network-scoped alias for the container' },
    { name: 'publish', shorthand: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
    {
      name: 'rm',
      type: 'bool',
      usage: style === 'modern' ? 'Automatically remove the container and its associated anonymous volumes when it exits' : 'Automatically remove the container when it exits',
    },
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
  ];
}

/** `-p [IP:]HOST:CONTAINER[/PROTO]` or `-p CONTAINER[/PROTO]` (host port from the ephemeral range). */
export function parsePublish(raw: string, ephemeral: number): PortConfig | string {
  const [spec = '', proto = 'tcp'] = raw.split('/');
  if (proto !== 'tcp' && proto !== 'udp') return `invalid proto: ${proto}`;
  const parts = spec.split(':');
  const target = parts[parts.length - 1] ?? '';
  const host = parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
  const isPort = (s: string) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 65535;
  if (!isPort(target)) return `invalid containerPort: ${target}`;
  if (host !== '' && !isPort(host)) return `invalid hostPort: ${host}`;
  return { published: host === '' ? ephemeral : Number(host), target: Number(target), protocol: proto, mode: 'host' };
}

const notUserDefined = (n: string): boolean => ['default', 'bridge', 'host', 'none'].includes(n) || n.startsWith('container:');

/**
 * The `--network` values in order, or today's docker/cli refusal (parseNetworkOpts): a network named twice,
 * or user-defined networks mixed with bridge/host/none. 17.10's CLI kept a string flag: the last one wins.
 */
export function networksOf(value: FlagValue | undefined, style: CliStyle): readonly string[] | string {
  const nets = Array.isArray(value) ? (value as readonly string[]) : [];
  if (style === 'legacy') return nets.slice(-1);
  const twice = nets.find((n, i) => nets.indexOf(n) !== i);
  if (twice !== undefined) return `network "${twice}" is specified multiple times`;
  if (nets.length > 1 && nets.some(notUserDefined) && !nets.every(notUserDefined)) {
    return 'conflicting options: cannot attach both user-defined and non-user-defined network-modes';
  }
  return nets;
}
