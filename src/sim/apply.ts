import type { Change } from './changes';
import { advanceClock } from './clock';
import { removeContainer, startContainer, stopContainer } from './container/lifecycle';
import { installPackages } from './container/packages';
import { createContainer, runContainer } from './container/run';
import { Draft } from './draft';
import { assertInvariants } from './invariantGuard';
import { applyFileChange } from './fs/applyFileChange';
import type { SimError } from './errors';
import { setPower } from './machine/power';
import { createNetwork } from './network/create';
import { connectNetwork, disconnectNetwork } from './network/connect';
import { removeNetwork } from './network/remove';
import { createService } from './service/create';
import { reconcile } from './service/reconcile';
import { removeService } from './service/remove';
import { updateService } from './service/update';
import { initSwarm } from './swarm/init';
import { joinSwarm } from './swarm/join';
import { leaveSwarm } from './swarm/leave';
import { removeNode, updateNode } from './swarm/node';
import type { World } from './world';

/** The outcome of a change: the new world and a result (usually the id made or touched), or an error. */
export type Applied = { ok: true; world: World; result: string } | { ok: false; error: SimError };

/**
 * Applies one change, purely: the same world and change always give the same result. On error the
 * world is unchanged (the caller keeps the old one).
 *
 * @example
 *   const r = applyChange(world, { type: 'network/create', on: 'default', spec });
 *   if (r.ok) world = r.world;
 */
export function applyChange(world: World, change: Change): Applied {
  if (change.type === 'traffic/record') {
    return { ok: true, world: { ...world, lbCursors: { ...world.lbCursors, ...change.lbCursors } }, result: '' };
  }
  if (change.type === 'fs/write' || change.type === 'fs/mkdir' || change.type === 'fs/rm') return { ok: true, world: applyFileChange(world, change), result: change.path };
  const d = new Draft(world);
  const result = run(d, change);
  if (typeof result !== 'string') return { ok: false, error: result };
  const next = d.finish();
  // Development builds and tests check every change (production builds drop this).
  if (import.meta.env?.DEV && next !== world) assertInvariants(next, change.type);
  return { ok: true, world: next, result };
}

function run(d: Draft, c: Change): string | SimError {
  switch (c.type) {
    case 'clock/advance':
      d.now = advanceClock(d.now, c.ms);
      reconcile(d);
      return String(d.now);
    case 'machine/stop':
    case 'machine/start':
      return setPower(d, c);
    case 'swarm/init':
      return initSwarm(d, c);
    case 'swarm/join':
      return joinSwarm(d, c);
    case 'swarm/leave':
      return leaveSwarm(d, c);
    case 'node/update':
      return updateNode(d, c);
    case 'node/rm':
      return removeNode(d, c);
    case 'network/create':
      return createNetwork(d, c);
    case 'network/rm':
      return removeNetwork(d, c);
    case 'network/connect':
      return connectNetwork(d, c);
    case 'network/disconnect':
      return disconnectNetwork(d, c);
    case 'service/create':
      return createService(d, c);
    case 'service/update':
      return updateService(d, c);
    case 'service/rm':
      return removeService(d, c);
    case 'container/run':
      return runContainer(d, c);
    case 'container/create':
      return createContainer(d, c);
    case 'container/stop':
      return stopContainer(d, c);
    case 'container/start':
      return startContainer(d, c);
    case 'container/rm':
      return removeContainer(d, c);
    case 'container/install':
    case 'container/apt-update':
      return installPackages(d, c);
    case 'traffic/record':
    case 'fs/write':
    case 'fs/mkdir':
    case 'fs/rm':
      return '';
  }
}
