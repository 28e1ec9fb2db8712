import { profiles } from '../../sim/profile';
import type { World } from '../../sim/world';
import { DOCKER_17_TABLE, DOCKER_TABLE, type TabwriterOptions } from '../format/tabwriter';

/** The tabwriter settings docker's tables use in a world's engine profile (17.10: min width 20, widths in characters). */
export function tableFor(world: World): TabwriterOptions {
  const p = profiles[world.profile];
  return { ...(p.cli === 'legacy' ? DOCKER_17_TABLE : DOCKER_TABLE), minWidth: p.tableMinWidth };
}
