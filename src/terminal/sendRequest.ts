import { hasTool } from '../shell/container/tools';
import type { Frame } from '../shell/types';
import type { World } from '../sim/world';

export type SendProtocol = 'icmp' | 'tcp' | 'udp';

/** What the "send a packet" dialog asks for. `from` is 'laptop' or a container id. */
export interface SendRequest {
  readonly from: string;
  /** A name (container, service, alias) or an IPv4 address. */
  readonly to: string;
  readonly protocol: SendProtocol;
  /** Destination port for TCP and UDP. */
  readonly port: number;
}

/** A command line and the nested shells it runs in (laptop, then node, then container). */
export interface ShellSend {
  readonly stack: readonly Frame[];
  readonly line: string;
}

/** The shells a command from `from` runs in: the laptop's, or the container's as `docker exec` enters it. */
export function stackFor(world: World, from: string): readonly Frame[] | null {
  if (from === 'laptop') return [{ kind: 'laptop' }];
  const c = world.containers[from];
  if (!c || c.state !== 'running') return null;
  return [{ kind: 'laptop' }, { kind: 'node', machine: c.machine }, { kind: 'container', machine: c.machine, container: c.id }];
}

/**
 * The command line a learner would type for the request, in the right shell: `ping -c 1 web`, `curl
 * http://web:80` (or BusyBox `wget -qO- http://web:80`). Null when no tool there can send it (UDP: neither
 * the laptop nor the images have nc; a container without ping or an HTTP client).
 * @example sendLine(world, { from: 'laptop', to: '192.168.99.101', protocol: 'tcp', port: 8080 })?.line // 'curl http://192.168.99.101:8080'
 */
export function sendLine(world: World, r: SendRequest): ShellSend | null {
  const stack = stackFor(world, r.from);
  if (!stack || r.to.trim() === '' || /\s/.test(r.to.trim())) return null;
  const to = r.to.trim();
  const url = `http://${to}:${r.port}`;
  const has = (tool: string) => r.from === 'laptop' ? tool === 'ping' || tool === 'curl' : hasTool(world, r.from, tool);
  if (r.protocol === 'icmp') return has('ping') ? { stack, line: `ping -c 1 ${to}` } : null;
  if (r.protocol === 'tcp') {
    if (has('curl')) return { stack, line: `curl ${url}` };
    if (has('wget')) return { stack, line: `wget -qO- ${url}` };
  }
  return null;
}
