import type { World } from './world';

/** What read-only queries need: a World, or a Draft while a change is being applied. */
export type WorldView = Pick<
  World,
  'profile' | 'now' | 'machines' | 'swarm' | 'networks' | 'endpoints' | 'services' | 'tasks' | 'containers'
> & {
  /** A Draft's live index of a service's task ids (a World answers from a cached index instead). */
  readonly taskIdsOf?: (serviceId: string) => readonly string[];
};

/**
 * Whether a view's tables can be cached by identity. A World's tables never change; a Draft's are
 * changed in place while a change is applied, so caches keyed on them must not be used.
 */
export function isCacheable(w: object): boolean {
  return !('finish' in w);
}
