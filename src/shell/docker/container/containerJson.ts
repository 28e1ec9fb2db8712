import { findImage } from '../../../sim/images';
import type { Container, World } from '../../../sim/world';
import type { GoJsonValue } from '../../format/goJson';
import { formatRfc3339Nano, GO_ZERO_TIME } from '../../format/goTime';
import { sandboxId, sandboxKey } from '../../../sim/query/sandboxId';

/** `Networks` of a container's NetworkSettings: one entry per interface, keyed by network name. */
function networks(world: World, c: Container): Map<string, GoJsonValue> {
  const out = new Map<string, GoJsonValue>();
  for (const id of c.interfaces) {
    const e = world.endpoints[id];
    const n = e ? world.networks[e.network] : undefined;
    if (!e || !n) continue;
    const [, prefix = '24'] = (n.ipam?.subnet ?? '').split('/');
    out.set(n.name, {
      IPAMConfig: null,
      Links: null,
      Aliases: e.aliases.length > 0 ? [...e.aliases] : null,
      MacAddress: e.mac,
      DriverOpts: null,
      NetworkID: n.id,
      EndpointID: e.id,
      Gateway: n.scope === 'local' ? (n.ipam?.gateway ?? '') : '',
      IPAddress: e.ip,
      IPPrefixLen: Number(prefix),
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
    });
  }
  return out;
}

/** `docker container inspect` JSON (moby api/types/container InspectResponse), trimmed to the fields that matter here. */
export function containerJson(world: World, c: Container): GoJsonValue {
  const image = findImage(c.image);
  const running = c.state === 'running';
  const [path = '', ...args] = c.command;
  return {
    Id: c.id,
    Created: formatRfc3339Nano(c.createdAt),
    Path: path,
    Args: args,
    State: {
      Status: c.state,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: running ? 2000 + (parseInt(c.id.slice(0, 4), 16) % 6000) : 0,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: formatRfc3339Nano(c.startedAt),
      FinishedAt: running ? GO_ZERO_TIME : formatRfc3339Nano(world.now),
    },
    Image: image ? image.digest : '',
    ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    Mounts: [],
    Config: {
      Hostname: c.hostname,
      Domainname: '',
      User: '',
      Tty: false,
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: c.command.length > 0 ? [...c.command] : null,
      Image: c.image,
      WorkingDir: '',
      Entrypoint: image && image.entrypoint.length > 0 ? [...image.entrypoint] : null,
      Labels: c.task ? new Map([['com.docker.swarm.task.id', c.task]]) : new Map(),
    },
    NetworkSettings: {
      SandboxID: sandboxId(c.id),
      SandboxKey: sandboxKey(c.id),
      Ports: new Map(c.ports.map((p) => [`${p.target}/${p.protocol}`, [{ HostIp: '0.0.0.0', HostPort: String(p.published) }]])),
      Networks: networks(world, c),
    },
  };
}
