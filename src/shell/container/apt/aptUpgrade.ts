import { aptTree } from './aptTree';
import type { AptRelease } from './types';
import { speaksSummary } from './summaryWords';

/** `apt-get upgrade`: nothing in a fresh container is older than its lists (the simulation keeps images current). */
export function aptUpgrade(release: AptRelease, front: 'apt' | 'apt-get'): string {
  if (speaksSummary(release, front)) return 'Summary:\n  Upgrading: 0, Installing: 0, Removing: 0, Not Upgrading: 0\n';
  return `${aptTree(release.style)}Calculating upgrade... Done\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`;
}
