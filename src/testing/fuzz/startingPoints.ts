import { builtinScenarios } from '../../scenario/builtins';
import { loadScenario } from '../../scenario/load';
import { replayScript } from '../../scenario/replay';
import type { Session } from '../../shell/session';
import type { Frame } from '../../shell/types';
import type { World } from '../../sim/world';

export interface StartingPoint {
  readonly name: string;
  readonly kind: Frame['kind'];
  readonly world: World;
  readonly session: Session;
}

/** A few objects to act on: an attachable overlay (or a bridge without a swarm), two containers, a published service. */
const SETUP = {
  swarm: ['docker-machine ssh default', 'docker network create -d overlay --attachable on', 'docker run -dit --name c1 --network on alpine', 'docker run -dit --name c2 --network on ubuntu', 'docker service create -d --name web --replicas 3 --network on -p 8080:80 nginx'],
  local: ['docker-machine ssh default', 'docker network create on', 'docker run -dit --name c1 --network on alpine', 'docker run -dit --name c2 --network on ubuntu'],
};

/**
 * Every shell of every built-in scenario, ready to type into: the laptop, a manager's and a worker's
 * shell, and an ash (alpine) and a bash (ubuntu) container shell.
 */
export function startingPoints(scenarios: readonly string[] = Object.keys(builtinScenarios)): StartingPoint[] {
  return scenarios.flatMap((name) => {
    const scenario = builtinScenarios[name];
    if (!scenario) throw new Error(`no scenario ${name}`);
    const loaded = loadScenario(scenario);
    const set = replayScript(loaded.world, loaded.session, (scenario.swarm ? SETUP.swarm : SETUP.local).join('\n'));
    const at = (kind: Frame['kind'], extra: string): StartingPoint => {
      const r = replayScript(set.world, set.session, extra);
      return { name: `${name} ${kind}${extra ? ` (${extra.split('\n').pop()})` : ''}`, kind, world: r.world, session: r.session };
    };
    return [
      at('laptop', 'exit'),
      at('node', ''),
      at('node', 'exit\ndocker-machine ssh default-2'),
      at('container', 'docker exec -it c1 sh'),
      at('container', 'docker exec -it c2 bash'),
    ];
  });
}
