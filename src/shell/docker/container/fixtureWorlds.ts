import { applyChange } from '../../../sim/apply';
import type { Change } from '../../../sim/changes';
import type { World } from '../../../sim/world';
import { newSession, prompt, runLine, type Session } from '../../session';

/** Applies changes in order; a failing change is a broken fixture. */
export function applyAll(world: World, changes: readonly Change[]): World {
  return changes.reduce((w, c) => {
    const r = applyChange(w, c);
    if (!r.ok) throw new Error(`fixture change ${c.type} failed: ${r.error.key}`);
    return r.world;
  }, world);
}

/** `world` after `docker network create -d overlay overnet` and `docker service create --name myservice --network overnet --replicas 3 ubuntu sleep infinity`, `seconds` later. */
export function withSeedService(world: World, seconds: number): World {
  const spec = { name: 'overnet', driver: 'overlay' as const, attachable: false, internal: false, ingress: false, options: {}, labels: {} };
  const w = applyAll(world, [{ type: 'network/create', on: 'default', spec }]);
  const overnet = Object.values(w.networks).find((n) => n.name === 'overnet');
  return applyAll(w, [
    {
      type: 'service/create',
      on: 'default',
      spec: {
        name: 'myservice',
        image: 'ubuntu',
        args: ['sleep', 'infinity'],
        mode: { kind: 'replicated', replicas: 3 },
        networks: [{ network: overnet?.id ?? '', aliases: [] }],
        ports: [],
        endpointMode: 'vip',
        hostname: null,
        constraints: [],
      },
    },
    { type: 'clock/advance', ms: seconds * 1000 },
  ]);
}

/** A session whose shell is on a node, as after `docker-machine ssh NAME`. */
export const onNode = (machine: string): Session => ({ ...newSession(), stack: [{ kind: 'laptop' }, { kind: 'node', machine }] });

/** Types lines one after another (no time passes between them); returns the transcript with prompts, the world and session. */
export function typeLines(world: World, session: Session, lines: readonly string[]): { transcript: string; world: World; session: Session } {
  let transcript = '';
  for (const line of lines) {
    transcript += `${prompt(world, session)}${line}\n`;
    const r = runLine(world, session, line);
    world = r.world;
    session = r.session;
    transcript += r.output;
  }
  return { transcript, world, session };
}
