import type { World } from './world';

/** What read-only queries need: a World, or a Draft while a change is being applied. */
export type WorldView = Pick<
  World,
  'profile' | 'now' | 'machines' | 'swarm' | 'networks' | 'endpoints' | 'services' | 'tasks' | 'containers'
>;
