import type { AptRelease } from './types';

/**
 * The packages `apt-get install` unpacks, in apt's order. Everything the asked packages need or
 * recommend (apt installs recommends by default) and the system lacks comes in three waves: the
 * packages apt ranks first (ca-certificates, krb5-locales..., in catalogue order), then the asked packages, each after
 * what it depends on, depth first in the order the data lists them (a recommend marked `inline`
 * right after the package recommending it), then the remaining recommends by name.
 *
 * @example installOrder(ubuntuNoble, new Set(), ['iputils-ping']) // ['libcap2-bin', 'iputils-ping', 'libpam-cap']
 */
export function installOrder(release: AptRelease, installed: ReadonlySet<string>, asked: readonly string[], recommends = true): readonly string[] {
  const wanted = new Set<string>();
  const gather = (name: string): void => {
    const pkg = release.packages.get(name);
    if (installed.has(name) || wanted.has(name) || !pkg) return;
    wanted.add(name);
    [...pkg.depends, ...(recommends ? (pkg.recommends ?? []) : [])].forEach(gather);
  };
  asked.forEach(gather);
  const order: string[] = [];
  const seen = new Set<string>();
  const emit = (name: string): void => {
    const pkg = release.packages.get(name);
    if (!wanted.has(name) || seen.has(name) || !pkg) return;
    seen.add(name);
    pkg.depends.forEach(emit);
    order.push(name);
    pkg.recommends?.filter((r) => release.packages.get(r)?.inline).forEach(emit);
  };
  [...release.packages.keys()].filter((p) => release.packages.get(p)?.unpackFirst).forEach(emit);
  asked.forEach(emit);
  [...wanted].sort().forEach(emit);
  return order;
}

/** The order dpkg sets the unpacked packages up in (its own, kept in the data as ranks). */
export function setupOrder(release: AptRelease, unpacked: readonly string[]): readonly string[] {
  const rank = (name: string) => release.packages.get(name)?.setupRank ?? 0;
  return [...unpacked].sort((a, b) => rank(a) - rank(b));
}

/**
 * What the install leaves out under --no-install-recommends, as apt lists it under "Recommended
 * packages:": in the order its walk meets them (a package's recommends before its dependencies').
 */
export function skippedRecommends(release: AptRelease, installed: ReadonlySet<string>, asked: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = (name: string): void => {
    const pkg = release.packages.get(name);
    if (installed.has(name) || seen.has(name) || !pkg) return;
    seen.add(name);
    for (const r of pkg.recommends ?? []) if (!installed.has(r) && !found.includes(r)) found.push(r);
    pkg.depends.forEach(walk);
  };
  asked.forEach(walk);
  return found.filter((r) => !seen.has(r));
}
