import { goTimeString } from '../../format/goTime';
import { bytesSize } from '../../format/bytesSize';
import { prettyState } from '../../format/humanDuration';
import { nodeStatus } from '../../../sim/lookup';
import { profiles } from '../../../sim/profile';
import type { SwarmNode, World } from '../../../sim/world';
import { enginePlugins, NODE_RESOURCES } from './nodeJson';

/**
 * `docker node inspect --pretty` (docker/cli nodeInspectPrettyTemplate). The odd spaces before some tabs
 * are in docker's template. Each node's text ends with one newline; docker separates nodes with a blank line.
 */
export function prettyNode(w: World, n: SwarmNode): string {
  const ip = w.machines.find((m) => m.name === n.machine)?.ip ?? '';
  const ready = nodeStatus(w, n) === 'ready';
  const lines = [
    `ID:\t\t\t${n.id}`,
    `Hostname:              \t${n.machine}`,
    `Joined at:             \t${goTimeString(n.createdAt)}`,
    'Status:',
    ` State:\t\t\t${ready ? 'Ready' : 'Down'}`,
    ` Availability:         \t${prettyState(n.availability)}`,
    ` Address:\t\t${ip}`,
  ];
  if (n.role === 'manager') {
    lines.push('Manager Status:', ` Address:\t\t${ip}:2377`, ` Raft Status:\t\t${ready ? 'Reachable' : 'Unreachable'}`, ` Leader:\t\t${n.leader ? 'Yes' : 'No'}`);
  }
  lines.push('Platform:', ' Operating System:\tlinux', ' Architecture:\t\tx86_64', 'Resources:', ' CPUs:\t\t\t1', ` Memory:\t\t${bytesSize(NODE_RESOURCES.MemoryBytes)}`);
  const plugins = enginePlugins(w);
  lines.push('Plugins:');
  for (const type of [...new Set(plugins.map((p) => p.Type))]) {
    lines.push(` ${type}:\t\t${plugins.filter((p) => p.Type === type).map((p) => p.Name).join(', ')}`);
  }
  lines.push(`Engine Version:\t\t${profiles[w.profile].engineVersion}`);
  return lines.join('\n') + '\n';
}
