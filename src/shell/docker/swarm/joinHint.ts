import type { World } from '../../../sim/world';

/** The control-plane address a manager advertises: its underlay address and port 2377. */
export function managerAddr(w: World, machine: string): string {
  const ip = w.machines.find((m) => m.name === machine)?.ip ?? '';
  return `${ip}:2377`;
}

/** docker/cli's printJoinCommand for one role: the sentence, a blank line, the indented command, a blank line. */
export function joinHint(w: World, machine: string, role: 'worker' | 'manager'): string {
  const token = w.swarm?.tokens[role] ?? '';
  return `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${managerAddr(w, machine)}\n\n`;
}
