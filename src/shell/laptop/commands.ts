import type { CommandHandler } from '../types';
import { dockerMachine } from './dockerMachine';
import { laptopNetCommands } from './net/index';
import { sshInto } from './sshInto';

/** `ssh NODE` / `ssh docker@NODE`: OpenSSH's words for a host it cannot resolve. */
const ssh: CommandHandler = (argv, ctx) => {
  const target = argv.slice(1).find((a) => !a.startsWith('-')) ?? '';
  if (target === '') return { stdout: '', stderr: 'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] destination [command]\n', exitCode: 255 };
  const host = target.includes('@') ? target.slice(target.indexOf('@') + 1) : target;
  return sshInto(ctx.world, host, `ssh: Could not resolve hostname ${host}: Name or service not known\n`, 255);
};

/** Commands of the laptop shell, by name (ping and curl are added by the traffic engine). */
export const laptopCommands: Readonly<Record<string, CommandHandler>> = {
  'docker-machine': dockerMachine,
  ssh,
  ...laptopNetCommands,
};
