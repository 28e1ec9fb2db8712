import { applyChange } from '../../../sim/apply';
import type { Change } from '../../../sim/changes';
import type { ServiceSpec, World } from '../../../sim/world';
import { newSession, prompt, runLine, type Session } from '../../session';

const onNode = (machine: string): Session => ({ ...newSession(), stack: [{ kind: 'laptop' }, { kind: 'node', machine }] });

/** A service spec like `docker service create --name NAME --network NET --replicas N IMAGE ARGS...`. */
export function serviceSpec(name: string, network: string, replicas: number, image = 'ubuntu', args: readonly string[] = ['sleep', 'infinity']): ServiceSpec {
  return {
    name,
    image,
    args,
    mode: { kind: 'replicated', replicas },
    networks: [{ network, aliases: [] }],
    ports: [],
    endpointMode: 'vip',
    hostname: null,
    constraints: [],
  };
}

/**
 * Test driver over a world: typed lines on a node's shell (transcript with prompts) and changes applied
 * directly (for commands other groups provide, such as `docker service create`).
 */
export function testSession(start: World) {
  let world = start;
  return {
    run(machine: string, script: string): string {
      return script
        .split('\n')
        .map((line) => {
          const session = onNode(machine);
          const r = runLine(world, session, line);
          world = r.world;
          return `${prompt(world, session)}${line}\n${r.output}`;
        })
        .join('');
    },
    apply(change: Change): void {
      const r = applyChange(world, change);
      if (!r.ok) throw new Error(r.error.key);
      world = r.world;
    },
    get world(): World {
      return world;
    },
  };
}
