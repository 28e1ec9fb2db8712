import { parseArgs } from '../cli/parseArgs';
import { renderHelp } from '../cli/renderHelp';
import type { CommandSpec } from '../cli/commandSpec';
import type { CommandHandler } from '../types';
import { fail } from '../types';
import type { DockerCommand } from './dockerCommand';
import { containerCommands } from './container';
import { networkCommands } from './network';
import { nodeCommands } from './node';
import { serviceCommands } from './service';
import { swarmCommands } from './swarm';
import { systemCommands } from './system';
import { managementCommands } from './managementCommands';
import { cliStyleOf } from './cliStyle';
import { commandNotFound } from '../lang/voice';

const all: readonly DockerCommand[] = [
  ...containerCommands,
  ...networkCommands,
  ...nodeCommands,
  ...serviceCommands,
  ...swarmCommands,
  ...systemCommands,
];


/** Finds the command whose path (with aliases, e.g. `network ls` = `network list`) matches the most words. */
function match(words: readonly string[]): { command: DockerCommand; rest: readonly string[] } | null {
  let best: { command: DockerCommand; rest: readonly string[]; length: number } | null = null;
  for (const command of all) {
    const path = command.spec.path;
    const fits = path.every((p, i) => {
      const w = words[i];
      if (w === p) return true;
      return i === path.length - 1 && (command.spec.aliases ?? []).includes(w ?? '');
    });
    if (fits && (!best || path.length > best.length)) best = { command, rest: words.slice(path.length), length: path.length };
  }
  return best;
}

/** `docker ...` on a node: dispatches to the command, parses flags exactly as docker/cli, runs it. */
export const docker: CommandHandler = (argv, ctx) => {
  if (ctx.frame.kind !== 'node') return commandNotFound(ctx, 'docker');
  const machine = ctx.frame.machine;
  const style = cliStyleOf(ctx.world.profile);
  const words = argv.slice(1);
  const group = managementCommands.find((g) => g.path[0] === words[0]);
  const found = match(words);
  if (!found) {
    if (group && (words.length === 1 || words[1]?.startsWith('-'))) return { stdout: renderHelp(group, { style }), stderr: '', exitCode: 0 };
    if (group) return fail(`docker: '${words[0]} ${words[1]}' is not a docker command.\nSee 'docker ${words[0]} --help'\n`);
    if (words.length === 0 || words[0] === '--help') return { stdout: rootHelp(), stderr: '', exitCode: 0 };
    return fail(`docker: '${words[0]}' is not a docker command.\nSee 'docker --help'\n`);
  }
  const parsed = parseArgs(found.command.spec, found.rest, { style });
  if (parsed.kind === 'help') return { stdout: parsed.stdout, stderr: parsed.stderr, exitCode: 0 };
  if (parsed.kind === 'error') return fail(parsed.stderr, parsed.exitCode);
  return found.command.run(parsed, { ...ctx, machine });
};

function rootHelp(): string {
  const lines = managementCommands.map((g: CommandSpec) => `  ${g.path[0]?.padEnd(12)}${g.short}`);
  return `\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nManagement Commands:\n${lines.join('\n')}\n\nRun 'docker COMMAND --help' for more information on a command.\n`;
}
