import type { AptRelease } from './types';

/**
 * The packages `apt-get install` unpacks, in apt's order: each asked package after what it depends on
 * (depth first, in control-file order), then the packages recommended along the way (apt installs
 * recommends by default), moved where the release's data ranks them. Packages already installed are left out.
 *
 * @example installOrder(ubuntuNoble, new Set(), ['iputils-ping']) // ['libcap2-bin', 'iputils-ping', 'libpam-cap']
 */
export function installOrder(release: AptRelease, installed: ReadonlySet<string>, asked: readonly string[]): readonly string[] {
  const seen = new Set(installed);
  const order: string[] = [];
  const visit = (name: string): void => {
    const pkg = release.packages.get(name);
    if (seen.has(name) || !pkg) return;
    seen.add(name);
    pkg.depends.forEach(visit);
    order.push(name);
  };
  asked.forEach(visit);
  for (let i = 0; i < order.length; i++) release.packages.get(order[i] ?? '')?.recommends?.forEach(visit);
  const rank = (name: string) => release.packages.get(name)?.unpackRank ?? 0;
  return order.sort((a, b) => rank(a) - rank(b));
}

/** The order dpkg sets the unpacked packages up in (its own, kept in the data as ranks). */
export function setupOrder(release: AptRelease, unpacked: readonly string[]): readonly string[] {
  const rank = (name: string) => release.packages.get(name)?.setupRank ?? 0;
  return [...unpacked].sort((a, b) => rank(a) - rank(b));
}
