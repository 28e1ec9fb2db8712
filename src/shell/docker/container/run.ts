import { findImage, normalizeImage } from '../../../sim/images';
import type { Change, ContainerRunSpec } from '../../../sim/changes';
import { handsArgumentsOn } from '../../../sim/container/commandOf';
import type { PortConfig } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import type { CommandOutcome } from '../../types';
import { applyFor } from '../applyChanges';
import { cliStyleOf } from '../cliStyle';
import { bool, list, str, type DockerCommand, type DockerContext, type ParsedCommand } from '../dockerCommand';
import { errorText } from '../errorText';
import { networksOf, parsePublish, runFlags } from './runFlags';
import { runInside, shellOf } from './runInside';

const spec = (path: readonly string[], style: 'modern' | 'legacy'): CommandSpec => ({
  path,
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: style === 'modern' ? 'Create and run a new container from an image' : 'Run a command in a new container',
  args: { min: 1 },
  interspersed: false,
  flags: runFlags(style),
});

/** docker/cli's reportError: `docker: <error>.`, with `See 'docker run --help'.` for errors before the start. */
function report(message: string, withHelp: boolean, prefix = ''): CommandOutcome {
  const text = `${message.replace(/\.$/, '')}.`;
  return { stdout: '', stderr: `${prefix}docker: ${text}\n${withHelp ? "See 'docker run --help'.\n" : ''}`, exitCode: 125 };
}

/** Long-running commands keep a non-detached container up (the terminal would stay attached). */
function keepsRunning(image: string, command: readonly string[], argv: readonly string[]): boolean {
  const info = findImage(image);
  if (command.length === 0) return info?.serves != null;
  // An entrypoint that is the server itself (traefik/whoami) takes the arguments and serves.
  if (info?.serves && !handsArgumentsOn(info) && argv[0] === info.entrypoint[0]) return true;
  return argv[0] === 'sleep' || argv[0] === 'tail' || argv[0] === 'nginx';
}

function runRun(input: ParsedCommand, ctx: DockerContext): CommandOutcome {
  const [image = '', ...command] = input.args;
  const ports: PortConfig[] = [];
  for (const raw of list(input.flags.publish)) {
    const p = parsePublish(raw, 32768 + ports.length);
    if (typeof p === 'string') return report(p, true);
    ports.push(p);
  }
  const nets = networksOf(input.flags.network, cliStyleOf(ctx.world.profile));
  if (typeof nets === 'string') return report(nets, true);
  const [network = null, ...moreNetworks] = nets;
  const runSpec: ContainerRunSpec = {
    name: str(input.flags.name) || null,
    image,
    command,
    network,
    ...(moreNetworks.length > 0 ? { moreNetworks } : {}),
    aliases: list(input.flags['network-alias']),
    hostname: str(input.flags.hostname) || null,
    ports,
    ...(str(input.flags.entrypoint) !== '' ? { entrypoint: str(input.flags.entrypoint) } : {}),
  };
  // As the CLI does: create, then start. A start that fails leaves the container behind, Created
  // (unless --rm, which removes it).
  const create: Change = { type: 'container/create', on: ctx.machine, spec: runSpec };
  const created = applyFor(ctx.world, create);
  const detach = bool(input.flags.detach);
  const start: Change | null = created.ok ? { type: 'container/start', on: ctx.machine, container: created.result } : null;
  const r = created.ok && start ? applyFor(created.world, start) : created;
  const left = created.ok && !bool(input.flags.rm) ? { world: created.world, changes: [create] } : {};
  if (!r.ok) {
    const message = `Error response from daemon: ${errorText(r.error, ctx.world.profile)}`;
    if (r.error.key === 'image-not-found') {
      // Registries of 2017 answered without the `denied: ...` detail.
      const text = cliStyleOf(ctx.world.profile) === 'legacy' ? message.replace(/: denied: .*$/, '') : message;
      return report(text, true, `Unable to find image '${normalizeImage(image)}' locally\n`);
    }
    if (r.error.key === 'network-not-attachable' || r.error.key === 'executable-not-found') {
      // docker/cli's runStartContainerErr: 127 for a program that is not there.
      const out = { ...report(message, false), ...left, ...(r.error.key === 'executable-not-found' ? { exitCode: 127 } : {}) };
      return detach ? out : { ...out, stderr: `${out.stderr}ERRO[0000] error waiting for container: context canceled\n` };
    }
    return { ...report(message, !created.ok), ...left };
  }
  const id = created.ok ? created.result : r.result;
  const outcome = { world: r.world, changes: start ? [create, start] : [create] };
  if (detach) return { stdout: `${id}\n`, stderr: '', exitCode: 0, ...outcome };
  const container = r.world.containers[id];
  const argv = container?.command ?? [];
  if (bool(input.flags.interactive) && bool(input.flags.tty) && shellOf(image, argv)) {
    const main = { rm: bool(input.flags.rm) };
    return { stdout: '', stderr: '', exitCode: 0, ...outcome, enter: { kind: 'container', machine: ctx.machine, container: id, main } };
  }
  if (keepsRunning(image, command, argv)) return { stdout: '', stderr: '', exitCode: 0, ...outcome };
  return runOnce(input, ctx, r.world, id, argv, outcome.changes);
}

/** An attached `docker run IMAGE CMD`: the command runs, prints, and the container exits (and goes with `--rm`). */
function runOnce(input: ParsedCommand, ctx: DockerContext, world: DockerContext['world'], id: string, argv: readonly string[], changes: readonly Change[]): CommandOutcome {
  const image = normalizeImage(world.containers[id]?.image ?? '');
  // A shell, or the image's own interpreter (python3, node), reads end of input here and exits 0.
  const shellOnly = shellOf(image, argv) || (input.args.length === 1 && findImage(image)?.interpreter === true);
  const inside = shellOnly ? { stdout: '', stderr: '', exitCode: 0 } : runInside(world, ctx.machine, id, argv);
  let current = inside.world ?? world;
  const all: Change[] = [...changes, ...(inside.changes ?? [])];
  const stop: Change = bool(input.flags.rm)
    ? { type: 'container/rm', on: ctx.machine, container: id, force: true }
    : { type: 'container/stop', on: ctx.machine, container: id, signal: 'stop' };
  const s = applyFor(current, stop);
  if (s.ok) {
    current = s.world;
    all.push(stop);
  }
  const exitCode = inside.exitCode === 126 ? 127 : inside.exitCode;
  return { stdout: inside.stdout, stderr: inside.stderr, exitCode, world: current, changes: all, ...(inside.transcript !== undefined ? { transcript: inside.transcript } : {}) };
}

/** `docker run`. */
export const run: DockerCommand = { spec: spec(['run'], 'modern'), run: runRun };
/** `docker container run`. */
export const containerRun: DockerCommand = { spec: spec(['container', 'run'], 'modern'), run: runRun };
