import { nodeStatus } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { SwarmNode, World } from '../../../sim/world';
import type { GoJsonValue } from '../../format/goJson';
import { createdTime } from '../network/createdTime';

/** A boot2docker VM's resources (docker-machine's virtualbox default: 1 CPU, 1 GB). */
export const NODE_RESOURCES = { NanoCPUs: 1_000_000_000, MemoryBytes: 1_044_123_648 };

/** Engine plugins a node reports, by profile generation (Docker 29 adds ipvlan and local logs, drops logentries). */
export function enginePlugins(w: World): { Type: string; Name: string }[] {
  const modern = profiles[w.profile].cli === 'modern';
  const logs = modern
    ? ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog']
    : ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'logentries', 'splunk', 'syslog'];
  const nets = modern ? ['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'] : ['bridge', 'host', 'macvlan', 'null', 'overlay'];
  return [...logs.map((Name) => ({ Type: 'Log', Name })), ...nets.map((Name) => ({ Type: 'Network', Name })), { Type: 'Volume', Name: 'local' }];
}

/** `docker node inspect` of one node (swarm.Node in moby's API types); TLSInfo is left out. */
export function nodeJson(w: World, n: SwarmNode): GoJsonValue {
  const machine = w.machines.find((m) => m.name === n.machine);
  const ip = machine?.ip ?? '';
  const ready = nodeStatus(w, n) === 'ready';
  return {
    ID: n.id,
    Version: { Index: 8 + n.version },
    CreatedAt: createdTime(n.createdAt, n.id),
    UpdatedAt: createdTime(n.createdAt, `${n.id}/${n.version}`),
    Spec: { Labels: new Map(), Role: n.role, Availability: n.availability },
    Description: {
      Hostname: n.machine,
      Platform: { Architecture: 'x86_64', OS: 'linux' },
      Resources: NODE_RESOURCES,
      Engine: { EngineVersion: profiles[w.profile].engineVersion, Plugins: enginePlugins(w) },
    },
    Status: { State: ready ? 'ready' : 'down', Addr: ip },
    ManagerStatus:
      n.role === 'manager' ? { Leader: n.leader ? true : undefined, Reachability: ready ? 'reachable' : 'unreachable', Addr: `${ip}:2377` } : undefined,
  };
}
