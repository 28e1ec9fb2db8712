import type { World } from '../../sim/world';
import type { CommandOutcome } from '../types';
import { boot2dockerBanner } from './banner';

/**
 * Logs into a machine (by name or underlay address): the boot2docker banner, then the node's shell.
 * `unknown` is what the client prints for a host it cannot find.
 */
export function sshInto(world: World, host: string, unknown: string, unknownExit: number): CommandOutcome {
  const m = world.machines.find((x) => x.name === host || x.ip === host);
  if (!m) return { stdout: '', stderr: unknown, exitCode: unknownExit };
  if (m.state !== 'Running') return { stdout: '', stderr: `Error: Cannot run SSH command: Host "${m.name}" is not running\n`, exitCode: 1 };
  return { stdout: boot2dockerBanner(world.profile), stderr: '', exitCode: 0, enter: { kind: 'node', machine: m.name } };
}
