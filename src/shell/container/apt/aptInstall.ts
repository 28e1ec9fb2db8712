import { aptSize } from './aptSize';
import { aptTree } from './aptTree';
import { classicHead } from './classicHead';
import { debconfFrontends } from './debconfFrontends';
import { installOrder, setupOrder, skippedRecommends } from './installOrder';
import type { InstallPlan } from './installPlan';
import { summaryHead } from './summaryHead';
import type { AptPackage, AptRelease } from './types';
import { speaksSummary, unableToLocate } from './summaryWords';

/** What `apt-get install` printed and which packages it installed (none when it stopped). */
export interface AptInstallResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly installed: readonly string[];
}

/** dpkg's name for a package: Multi-Arch: same libraries carry their architecture. */
const dpkgName = (name: string, pkg: AptPackage) => (pkg.multiArch ? `${name}:amd64` : name);

/** How `install` was called: by which command, with which options, over how big a dpkg database. */
export interface AptInstallCall {
  readonly front: 'apt' | 'apt-get';
  readonly yes: boolean;
  /** At -qq apt keeps its own lines to itself; dpkg's still show. */
  readonly quiet: 0 | 1 | 2;
  readonly recommends: boolean;
  readonly databaseFiles: number;
}

/**
 * `apt-get install [-y] PKG...` (or `apt install`) once the package lists are there. Without -y, apt
 * asks before installing more than was asked for; the terminal answers with Enter (yes), so the
 * prompt line ends as a terminal shows it.
 */
export function aptInstall(release: AptRelease, installed: ReadonlySet<string>, asked: readonly string[], call: AptInstallCall): AptInstallResult {
  const { style, packages } = release;
  const summary = speaksSummary(release, call.front);
  const tree = summary ? '' : aptTree(style);
  const missing = asked.filter((p) => !packages.has(p));
  if (missing.length > 0) return { stdout: tree, stderr: unableToLocate(missing, summary), installed: [] };
  const pkg = (name: string): AptPackage => packages.get(name) as AptPackage;
  const unpack = installOrder(release, installed, asked, call.recommends);
  const all = [...unpack].sort();
  const extra = all.filter((p) => !asked.includes(p));
  const plan: InstallPlan = {
    have: asked.filter((p) => installed.has(p)),
    all,
    asked: all.filter((p) => asked.includes(p)),
    extra,
    suggests: [...new Set(unpack.flatMap((p) => pkg(p).suggests ?? []))].filter((p) => !installed.has(p) && !unpack.includes(p)).sort(),
    recommended: call.recommends ? [] : skippedRecommends(release, installed, asked),
    bytes: unpack.reduce((sum, p) => sum + pkg(p).bytes, 0),
    usr: unpack.reduce((sum, p) => sum + pkg(p).installedKb * 1024, 0),
    prompt: extra.length > 0 && !call.yes,
  };
  const version = (name: string) => pkg(name).version;
  const head = tree + (summary ? summaryHead(plan, version) : classicHead(plan, version));
  if (unpack.length === 0) return { stdout: call.quiet === 2 ? '' : head, stderr: '', installed: [] };
  const { bytes } = plan;
  const seconds = release.download.startMs / 1000 + bytes / release.download.bytesPerSecond;
  const download = unpack.map((p, i) => `Get:${i + 1} ${pkg(p).from} amd64 ${p} ${pkg(p).arch} ${pkg(p).version} [${aptSize(pkg(p).bytes)}B]\n`).join('')
    + `Fetched ${aptSize(bytes)}B in ${Math.floor(seconds)}s (${aptSize(bytes / seconds)}B/s)\n`;
  let out = call.quiet === 2 ? '' : head + download;
  out += style.preconfigure === 'delaying' ? 'debconf: delaying package configuration, since apt-utils is not installed\n' : debconfFrontends(style.debconf, unpack.length);
  const width = String(unpack.length - 1).length;
  unpack.forEach((p, i) => {
    const { arch, version } = pkg(p);
    const numbered = style.numberedUnpack && unpack.length > 5 ? `${String(i).padStart(width, '0')}-` : '';
    out += `Selecting previously unselected package ${dpkgName(p, pkg(p))}.\n`;
    if (i === 0) out += `(Reading database ... ${call.databaseFiles} files and directories currently installed.)\n`;
    out += `Preparing to unpack .../${numbered}${p}_${version.replace(':', '%3a')}_${arch}.deb ...\nUnpacking ${dpkgName(p, pkg(p))} (${version}) ...\n`;
  });
  const libs = unpack.some((p) => pkg(p).ldconfig);
  const trigger = `Processing triggers for libc-bin (${release.libcBin}) ...\n`;
  if (libs && style.triggerAfterUnpack) out += trigger;
  for (const p of setupOrder(release, unpack)) {
    out += `Setting up ${dpkgName(p, pkg(p))} (${pkg(p).version}) ...\n`;
    if (pkg(p).debconf) out += debconfFrontends(style.debconf);
    out += pkg(p).postinst ?? '';
  }
  if (libs) out += trigger;
  out += unpack.map((p) => pkg(p).trigger ?? '').join('');
  return { stdout: out, stderr: '', installed: unpack };
}
