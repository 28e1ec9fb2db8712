import type { AptRelease } from './types';

/**
 * Whether a call speaks apt 3.0's own layout and words ("Summary:", "Error:", "Warning:", no dependency
 * tree line): `apt` on a release whose apt has them; `apt-get` never does.
 */
export function speaksSummary(release: AptRelease, front: 'apt' | 'apt-get'): boolean {
  return front === 'apt' && release.style.aptSummary;
}

/** apt's error for each asked name it has no package for (before `update`, or one the archive lacks). */
export function unableToLocate(names: readonly string[], summary: boolean): string {
  return names.map((p) => `${summary ? 'Error' : 'E'}: Unable to locate package ${p}\n`).join('');
}
