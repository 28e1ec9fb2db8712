import { findContainer, findNetwork, findNode, findService } from '../../../sim/lookup';
import type { World } from '../../../sim/world';
import type { CommandSpec } from '../../cli/commandSpec';
import type { GoJsonValue } from '../../format/goJson';
import { cliStyleOf } from '../cliStyle';
import { inspectFormatFlag, inspectOutput } from '../inspectOutput';
import type { CommandOutcome } from '../../types';
import { str, type DockerCommand, type DockerContext, type ParsedCommand } from '../dockerCommand';
import { networkInspectJson } from '../network/inspectJson';
import { serviceJson } from '../service/inspectJson';
import { containerJson } from './containerJson';
import { nodeJson } from '../node/nodeJson';

type Kind = 'container' | 'network' | 'node' | 'service';
const KINDS: readonly Kind[] = ['container', 'network', 'node', 'service'];

/** One object by reference, trying the kinds in docker/cli's order (container, ..., network, node, service). */
function lookup(world: World, machine: string, ref: string, kinds: readonly Kind[]): GoJsonValue | null {
  for (const kind of kinds) {
    if (kind === 'container') {
      const c = findContainer(world, machine, ref);
      if (c) return containerJson(world, c);
    } else if (kind === 'network') {
      const n = findNetwork(world, machine, ref);
      if (n) return networkInspectJson(world, machine, n, false);
    } else if (kind === 'node') {
      const node = world.swarm && isManagerHere(world, machine) ? findNode(world, ref) : null;
      if (node && node !== 'ambiguous') return nodeJson(world, node);
    } else {
      const s = isManagerHere(world, machine) ? findService(world, ref) : null;
      if (s) return serviceJson(world, s);
    }
  }
  return null;
}

function isManagerHere(world: World, machine: string): boolean {
  return world.swarm?.nodes.some((n) => n.machine === machine && !n.left && n.role === 'manager') ?? false;
}

/** Prints found objects as a JSON array or through `-f`; missing ones as `Error: No such object: X` (`No such container` with a type). */
function inspectRun(fixed: Kind | null) {
  return (input: ParsedCommand, ctx: DockerContext): CommandOutcome => {
    const type = fixed ?? str(input.flags.type);
    if (type !== '' && !KINDS.includes(type as Kind)) {
      return { stdout: '', stderr: `"${type}" is not a valid value for --type\n`, exitCode: 1 };
    }
    const kinds = type === '' ? KINDS : [type as Kind];
    const found: GoJsonValue[] = [];
    const errors: string[] = [];
    for (const ref of input.args) {
      const v = lookup(ctx.world, ctx.machine, ref, kinds);
      if (v) found.push(v);
      else errors.push(type === 'container' ? `Error: No such container: ${ref}` : `Error: No such object: ${ref}`);
    }
    return inspectOutput(found, str(input.flags.format), errors, cliStyleOf(ctx.world.profile));
  };
}


const inspectSpec: CommandSpec = {
  path: ['inspect'],
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: { min: 1 },
  flags: [
    inspectFormatFlag,
    { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
  ],
};

/** `docker inspect`: containers, networks, nodes and services by name or id. */
export const inspect: DockerCommand = { spec: inspectSpec, run: inspectRun(null) };
/** `docker container inspect`. */
export const containerInspect: DockerCommand = {
  spec: {
    path: ['container', 'inspect'],
    use: 'inspect [OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Display detailed information on one or more containers',
    args: { min: 1 },
    flags: [inspectFormatFlag, { name: 'size', shorthand: 's', type: 'bool', usage: 'Display total file sizes' }],
  },
  run: inspectRun('container'),
};
