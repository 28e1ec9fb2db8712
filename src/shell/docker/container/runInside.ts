import { missingExecutable } from '../../../sim/container/missingExecutable';
import { findImage } from '../../../sim/images';
import { own } from '../../../sim/own';
import type { World } from '../../../sim/world';
import { builtins } from '../../builtins';
import { containerCommands as containerShellCommands } from '../../container/commands';
import type { CommandOutcome, Frame } from '../../types';
import { execNotFound } from './execNotFound';

/** Shells an image may have; `exec -it C bash` enters the container's shell when the image has it. */
export function shellOf(image: string, argv: readonly string[]): boolean {
  const shell = findImage(image)?.shell;
  const name = (argv[0] ?? '').split('/').pop() ?? '';
  if (shell === null) return false;
  if (name === 'sh') return true;
  return name === 'bash' ? shell === 'bash' : name === 'ash' && shell === 'ash';
}

/**
 * Runs one command inside a container, once, as `docker exec C CMD` does, with the container shell's
 * commands (the same table as `commandsFor('container')`; imported directly to keep the module graph acyclic).
 */
export function runInside(world: World, machine: string, container: string, argv: readonly string[]): CommandOutcome {
  const name = argv[0] ?? '';
  const handler = own(builtins, name) ?? own(containerShellCommands, name);
  const image = world.containers[container]?.image ?? '';
  if (!handler || missingExecutable(image, argv) !== null) return execNotFound(name, world.profile);
  const frame: Frame = { kind: 'container', machine, container };
  return handler(argv, { world, frame, stdin: '', tty: false });
}
