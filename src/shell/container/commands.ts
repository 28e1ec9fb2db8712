import type { CommandHandler } from '../types';
import { apk } from './apk';
import { aptGet } from './aptGet';
import { containerOf } from './containerOf';
import { dig } from './dig';
import { cat } from '../files/commands/cat';
import { ls } from '../files/commands/ls';
import { hostname } from './hostname';
import { ip } from './ip';
import { netCommands } from './net/index';
import { nslookup } from './nslookup';
import { distroOf, hasTool, optionalTools } from './tools';
import { table } from '../../sim/own';
import { commandNotFound } from '../lang/voice';

const own: Readonly<Record<string, CommandHandler>> = {
  cat,
  hostname,
  ip,
  nslookup,
  dig,
  'apt-get': aptGet,
  apt: aptGet,
  apk,
  ls,
  // ping, curl, wget: from ./net (the traffic engine's commands).
  ...netCommands,
};

/** Commands each distribution's package manager needs to exist. */
const distroOnly: Readonly<Record<string, 'debian' | 'alpine'>> = table({ 'apt-get': 'debian', apt: 'debian', apk: 'alpine' });

/**
 * Wraps a command so it only exists where the image (or an installed package) provides it; elsewhere
 * the shell's own "not found" (`bash: ping: command not found`, `sh: ping: not found`), exit 127.
 */
function gated(name: string, handler: CommandHandler): CommandHandler {
  return (argv, ctx) => {
    const id = containerOf(ctx);
    const distro = distroOf(ctx.world, id);
    const present = (!optionalTools.has(name) || hasTool(ctx.world, id, name)) && (distroOnly[name] ?? distro) === distro;
    if (present) return handler(argv, ctx);
    return commandNotFound(ctx, name);
  };
}

/** Commands of the container shell, by name. */
export const containerCommands: Readonly<Record<string, CommandHandler>> = Object.fromEntries(
  Object.entries(own).map(([name, handler]) => [name, gated(name, handler)]),
);
