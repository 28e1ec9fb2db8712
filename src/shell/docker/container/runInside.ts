import { findImage } from '../../../sim/images';
import { own } from '../../../sim/own';
import type { World } from '../../../sim/world';
import { builtins } from '../../builtins';
import { containerCommands as containerShellCommands } from '../../container/commands';
import type { CommandOutcome, Frame } from '../../types';

/** Shells an image may have; `exec -it C bash` enters the container's shell when the image has it. */
export function shellOf(image: string, argv: readonly string[]): boolean {
  const shell = findImage(image)?.shell;
  const name = (argv[0] ?? '').split('/').pop() ?? '';
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
  if (!handler) {
    const err = `OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown\n`;
    return { stdout: '', stderr: err, exitCode: 126 };
  }
  const frame: Frame = { kind: 'container', machine, container };
  return handler(argv, { world, frame, stdin: '', tty: false });
}
