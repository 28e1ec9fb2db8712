import { aptSize } from './aptSize';
import { aptTree } from './aptTree';
import type { AptRelease } from './types';
import { speaksSummary } from './summaryWords';

/**
 * How the lists end: apt-get reads them; `apt` also says whether anything can be upgraded (apt 3.0
 * only that: its reading lines are progress it overwrites).
 */
function listsRead(release: AptRelease, front: 'apt' | 'apt-get'): string {
  if (front === 'apt-get') return 'Reading package lists... Done\n';
  return `${speaksSummary(release, front) ? '' : aptTree(release.style)}All packages are up to date.\n`;
}

/** `apt-get update` (or `apt update`) with the archive reachable: one line per index, then the total. */
export function aptUpdateOnline(release: AptRelease, front: 'apt' | 'apt-get'): string {
  const lines = release.indexes.map(({ what, bytes }, i) => (bytes === null ? `Ign:${i + 1} ${what}\n` : `Get:${i + 1} ${what} [${aptSize(bytes)}B]\n`));
  const total = release.indexes.reduce((sum, { bytes }) => sum + (bytes ?? 0), 0);
  return `${lines.join('')}Fetched ${aptSize(total)}B in ${release.fetched.seconds}s (${release.fetched.rate})\n${listsRead(release, front)}`;
}

/** `apt-get update` without a way out: every InRelease fails to resolve its host; apt warns and goes on. */
export function aptUpdateOffline(release: AptRelease, front: 'apt' | 'apt-get'): { readonly stdout: string; readonly stderr: string } {
  const w = speaksSummary(release, front) ? 'Warning' : 'W';
  const failures = release.suites.map((suite) => {
    const [archive = '', name = ''] = suite.split(' ');
    const host = archive.replace(/^[a-z]+:\/\//, '').split('/')[0] ?? '';
    return { suite, url: `${archive}/dists/${name}/InRelease`, why: `Temporary failure resolving '${host}'` };
  });
  const stdout = `${failures.map((f, i) => `Err:${i + 1} ${f.suite} InRelease\n  ${f.why}\n`).join('')}${listsRead(release, front)}`;
  const stderr = `${failures.map((f) => `${w}: Failed to fetch ${f.url}  ${f.why}\n`).join('')}${w}: Some index files failed to download. They have been ignored, or old ones used instead.\n`;
  return { stdout, stderr };
}
