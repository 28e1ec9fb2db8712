import { applyChange } from '../sim/apply';
import { createWorld } from '../sim/createWorld';
import type { World } from '../sim/world';
import { newSession, type Session } from '../shell/session';
import type { Scenario } from './format';
import { replayLines } from './replay';

export interface Loaded {
  readonly world: World;
  readonly session: Session;
}

/** The world of a scenario before its commands: machines, and the swarm if it has one. */
export function initialWorld(s: Scenario): World {
  let world = createWorld({ profile: s.profile, seed: s.seed, start: Date.parse(s.start), machines: s.machines });
  if (s.swarm) {
    const [leader, ...otherManagers] = s.swarm.managers;
    const step = (w: World, change: Parameters<typeof applyChange>[1]): World => {
      const r = applyChange(w, change);
      if (!r.ok) throw new Error(`scenario ${s.name}: cannot form the swarm (${r.error.key})`);
      return r.world;
    };
    world = step(world, { type: 'swarm/init', on: leader as string, advertiseAddr: '' });
    const leaderIp = s.machines.find((m) => m.name === leader)?.ip ?? '';
    for (const m of otherManagers) world = step(world, { type: 'swarm/join', on: m, token: world.swarm?.tokens.manager ?? '', remote: `${leaderIp}:2377` });
    for (const m of s.swarm.workers) world = step(world, { type: 'swarm/join', on: m, token: world.swarm?.tokens.worker ?? '', remote: `${leaderIp}:2377` });
  }
  if (s.cursors) world = { ...world, cursors: { ...world.cursors, ...s.cursors } };
  return world;
}

/** A scenario's world and terminal session after replaying its commands. */
export function loadScenario(s: Scenario): Loaded {
  const replay = replayLines(initialWorld(s), newSession(), s.commands);
  return { world: replay.world, session: replay.session };
}
