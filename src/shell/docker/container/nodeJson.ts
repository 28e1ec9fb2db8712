import { findMachine, nodeStatus } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { SwarmNode, World } from '../../../sim/world';
import type { GoJsonValue } from '../../format/goJson';
import { formatRfc3339Nano } from '../../format/goTime';

/** A node as `docker inspect` shows it (moby api/types/swarm Node), trimmed to its identity, role and addresses. */
export function nodeJson(world: World, node: SwarmNode): GoJsonValue {
  const ip = findMachine(world, node.machine)?.ip ?? '';
  return {
    ID: node.id,
    Version: { Index: node.version },
    CreatedAt: formatRfc3339Nano(node.createdAt),
    UpdatedAt: formatRfc3339Nano(node.createdAt),
    Spec: { Labels: new Map(), Role: node.role, Availability: node.availability },
    Description: {
      Hostname: node.machine,
      Platform: { Architecture: 'x86_64', OS: 'linux' },
      Engine: { EngineVersion: profiles[world.profile].engineVersion, Plugins: [] },
    },
    Status: { State: nodeStatus(world, node), Addr: ip },
    ManagerStatus: node.role === 'manager' ? { Leader: node.leader || undefined, Reachability: 'reachable', Addr: `${ip}:2377` } : undefined,
  };
}
