import { aptSize } from './aptSize';
import type { AptRelease } from './types';

/** `apt-get update` with the archive reachable: one line per index, then the total. */
export function aptUpdateOnline(release: AptRelease): string {
  const lines = release.indexes.map(({ what, bytes }, i) => (bytes === null ? `Ign:${i + 1} ${what}\n` : `Get:${i + 1} ${what} [${aptSize(bytes)}B]\n`));
  const total = release.indexes.reduce((sum, { bytes }) => sum + (bytes ?? 0), 0);
  return `${lines.join('')}Fetched ${aptSize(total)}B in ${release.fetched.seconds}s (${release.fetched.rate})\nReading package lists... Done\n`;
}

/** `apt-get update` without a way out: every InRelease fails to resolve its host; apt warns and goes on. */
export function aptUpdateOffline(release: AptRelease): { readonly stdout: string; readonly stderr: string } {
  const failures = release.suites.map((suite) => {
    const [archive = '', name = ''] = suite.split(' ');
    const host = archive.replace(/^[a-z]+:\/\//, '').split('/')[0] ?? '';
    return { suite, url: `${archive}/dists/${name}/InRelease`, why: `Temporary failure resolving '${host}'` };
  });
  const stdout = `${failures.map((f, i) => `Err:${i + 1} ${f.suite} InRelease\n  ${f.why}\n`).join('')}Reading package lists... Done\n`;
  const stderr = `${failures.map((f) => `W: Failed to fetch ${f.url}  ${f.why}\n`).join('')}W: Some index files failed to download. They have been ignored, or old ones used instead.\n`;
  return { stdout, stderr };
}
