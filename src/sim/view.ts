import type { World } from './world';

/** What read-only queries need: a World, or a Draft while a change is being applied. */
export type WorldView = Pick<
  World,
  'profile' | 'now' | 'machines' | 'swarm' | 'networks' | 'endpoints' | 'services' | 'tasks' | 'containers'
>;

/**
 * Whether a view's tables can be cached by identity. A World's tables never change; a Draft's are
 * changed in place while a change is applied, so caches keyed on them must not be used.
 */
export function isCacheable(w: object): boolean {
  return !('finish' in w);
}
