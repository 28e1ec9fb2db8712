import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import { hasExternalAccess } from '../../sim/dns/resolverNetworks';
import type { CommandHandler, CommandOutcome } from '../types';
import { aptCatalog, BASE_DPKG_FILES } from './aptCatalog';
import { containerOf } from './containerOf';

const MIRROR = 'http://archive.ubuntu.com/ubuntu';
const SECURITY = 'http://security.ubuntu.com/ubuntu';
const INDEXES: readonly [string, string][] = [
  [`${MIRROR} xenial InRelease`, '247 kB'],
  [`${SECURITY} xenial-security InRelease`, '109 kB'],
  [`${MIRROR} xenial-updates InRelease`, '109 kB'],
  [`${MIRROR} xenial-backports InRelease`, '107 kB'],
  [`${MIRROR} xenial/main Sources [1,103 kB]`, ''],
  [`${MIRROR} xenial/main amd64 Packages [1,558 kB]`, ''],
  [`${SECURITY} xenial-security/main amd64 Packages [1,648 kB]`, ''],
  [`${MIRROR} xenial-updates/main amd64 Packages [2,049 kB]`, ''],
];
const TREE = 'Reading package lists... Done\nBuilding dependency tree       \nReading state information... Done\n';

/** Thousands with commas, as apt prints sizes (without Intl, whose first use costs tens of ms). */
const num = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
const kb = (bytes: number) => (bytes >= 100_000 ? `${num(bytes / 1000)} kB` : `${(bytes / 1000).toFixed(1)} kB`);

/**
 * `apt-get update` and `apt-get install [-y] PKG...` in an Ubuntu 16.04 container. Without -y the
 * confirmation prompt appears only when extra packages are pulled in, and the simulated user answers
 * it with Enter (the default, yes), so the prompt line ends the way a terminal shows it.
 */
export const aptGet: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c) return { stdout: '', stderr: '', exitCode: 100 };
  const [verb, ...rest] = argv.slice(1).filter((a) => a !== '-y' && a !== '--yes' && a !== '-q');
  const yes = argv.includes('-y') || argv.includes('--yes');
  if (verb === 'update') return update(ctx.world, id);
  if (verb !== 'install') return { stdout: '', stderr: `E: Invalid operation ${verb ?? ''}\n`, exitCode: 100 };
  if (!c.aptUpdated) {
    const missing = rest.find((p) => !c.packages.includes(p)) ?? '';
    return { stdout: TREE, stderr: `E: Unable to locate package ${missing}\n`, exitCode: 100, transcript: `${TREE}E: Unable to locate package ${missing}\n` };
  }
  const unknown = rest.find((p) => !aptCatalog[p]);
  if (unknown) return { stdout: TREE, stderr: `E: Unable to locate package ${unknown}\n`, exitCode: 100, transcript: `${TREE}E: Unable to locate package ${unknown}\n` };
  const asked = rest.filter((p) => !c.packages.includes(p));
  const extra = [...new Set(asked.flatMap((p) => aptCatalog[p]?.depends ?? []))].filter((p) => !c.packages.includes(p) && !asked.includes(p)).sort();
  const all = [...new Set([...asked, ...extra])].sort();
  let out = TREE;
  if (all.length === 0) return { stdout: `${out}${rest.map((p) => `${p} is already the newest version (${aptCatalog[p]?.version}).\n`).join('')}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`, stderr: '', exitCode: 0 };
  if (extra.length > 0) out += `The following additional packages will be installed:\n  ${extra.join(' ')}\n`;
  out += `The following NEW packages will be installed:\n  ${all.join(' ')}\n`;
  out += `0 upgraded, ${all.length} newly installed, 0 to remove and 0 not upgraded.\n`;
  const bytes = all.reduce((s, p) => s + (aptCatalog[p]?.bytes ?? 0), 0);
  const disk = all.reduce((s, p) => s + (aptCatalog[p]?.installedKb ?? 0), 0);
  out += `Need to get ${kb(bytes)} of archives.\nAfter this operation, ${num(disk)} kB of additional disk space will be used.\n`;
  if (extra.length > 0 && !yes) out += 'Do you want to continue? [Y/n] \n';
  all.forEach((p, i) => {
    const pkg = aptCatalog[p];
    if (pkg) out += `Get:${i + 1} ${MIRROR} xenial-updates/${pkg.section} amd64 ${p} amd64 ${pkg.version} [${kb(pkg.bytes)}]\n`;
  });
  out += `Fetched ${kb(bytes)} in 1s (${kb(bytes * 0.8)}/s)\ndebconf: delaying package configuration, since apt-utils is not installed\n`;
  all.forEach((p, i) => {
    const pkg = aptCatalog[p];
    const v = pkg?.version.replace(/^\d+:/, '') ?? '';
    out += `Selecting previously unselected package ${p}.\n`;
    if (i === 0) out += `(Reading database ... ${BASE_DPKG_FILES + c.packages.length * 37} files and directories currently installed.)\n`;
    out += `Preparing to unpack .../${p}_${v}_amd64.deb ...\nUnpacking ${p} (${pkg?.version}) ...\n`;
  });
  out += 'Processing triggers for libc-bin (2.23-0ubuntu9) ...\n';
  for (const p of all) out += `Setting up ${p} (${aptCatalog[p]?.version}) ...\n`;
  out += 'Processing triggers for libc-bin (2.23-0ubuntu9) ...\n';
  return withChange(ctx.world, { type: 'container/install', container: id, packages: all }, out);
};

function update(world: Parameters<CommandHandler>[1]['world'], id: string): CommandOutcome {
  if (!hasExternalAccess(world, id)) {
    const errs = INDEXES.slice(0, 4).map(([line], i) => `Err:${i + 1} ${line}\n  Temporary failure resolving '${line.startsWith(SECURITY) ? 'security' : 'archive'}.ubuntu.com'\n`).join('');
    const text = `${errs}Reading package lists... Done\n`;
    const warn = `W: Failed to fetch ${MIRROR}/dists/xenial/InRelease  Temporary failure resolving 'archive.ubuntu.com'\nW: Some index files failed to download. They have been ignored, or old ones used instead.\n`;
    return { stdout: text, stderr: warn, exitCode: 0, transcript: text + warn };
  }
  const lines = INDEXES.map(([line, size], i) => `Get:${i + 1} ${line}${size ? ` [${size}]` : ''}\n`).join('');
  return withChange(world, { type: 'container/apt-update', container: id }, `${lines}Fetched 7,030 kB in 2s (3,112 kB/s)\nReading package lists... Done\n`);
}

function withChange(world: Parameters<CommandHandler>[1]['world'], change: Change, stdout: string): CommandOutcome {
  const r = applyChange(world, change);
  return r.ok ? { stdout, stderr: '', exitCode: 0, world: r.world, changes: [change] } : { stdout, stderr: '', exitCode: 0 };
}
