import { findMachine, nodeOfMachine } from '../../../sim/lookup';
import type { World } from '../../../sim/world';

/**
 * The swarm block of `docker info` (docker/cli printSwarmInfo), one level deeper than `Swarm:`.
 * `pad` is the indent of `Swarm:` itself; `modern` adds the fields engines after 17.10 print.
 */
export function swarmInfo(world: World, machine: string, pad: string, modern: boolean): string[] {
  const node = nodeOfMachine(world, machine);
  const swarm = world.swarm;
  if (!node || !swarm) return [`${pad}Swarm: inactive`];
  const i = `${pad} `;
  const lines = [`${pad}Swarm: active`, `${i}NodeID: ${node.id}`, `${i}Is Manager: ${node.role === 'manager'}`];
  const members = swarm.nodes.filter((n) => !n.left);
  const managers = members.filter((n) => n.role === 'manager');
  if (node.role === 'manager') {
    lines.push(`${i}ClusterID: ${swarm.id}`, `${i}Managers: ${managers.length}`, `${i}Nodes: ${members.length}`);
    if (modern) {
      lines.push(`${i}Default Address Pool: ${swarm.addrPools.map((p) => `${p}  `).join('')}`, `${i}SubnetSize: ${swarm.maskLength}`);
      lines.push(`${i}Data Path Port: ${swarm.dataPathPort}`);
    }
    lines.push(
      `${i}Orchestration:`,
      `${i} Task History Retention Limit: 5`,
      `${i}Raft:`,
      `${i} Snapshot Interval: 10000`,
      `${i} Number of Old Snapshots to Retain: 0`,
      `${i} Heartbeat Tick: 1`,
      `${i} Election Tick: 10`,
      `${i}Dispatcher:`,
      `${i} Heartbeat Period: 5 seconds`,
      `${i}CA Configuration:`,
      `${i} Expiry Duration: 3 months`,
      `${i} Force Rotate: 0`,
      `${i}Autolock Managers: false`,
      `${i}Root Rotation In Progress: false`,
    );
  }
  lines.push(`${i}Node Address: ${findMachine(world, machine)?.ip ?? ''}`);
  const addresses = managers.map((n) => `${findMachine(world, n.machine)?.ip ?? ''}:2377`).sort();
  if (addresses.length > 0) lines.push(`${i}Manager Addresses:`, ...addresses.map((a) => `${i} ${a}`));
  return lines;
}
