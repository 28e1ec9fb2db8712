import type { World } from './world';

/** What read-only queries need: a World, or a Draft while a change is being applied. */
export type WorldView = Pick<
  World,
  'profile' | 'now' | 'machines' | 'swarm' | 'networks' | 'endpoints' | 'services' | 'tasks' | 'containers'
> & {
  /** A Draft's live index of a service's task ids (a World answers from its derived endpoint index instead). */
  readonly taskIdsOf?: (serviceId: string) => readonly string[];
};
