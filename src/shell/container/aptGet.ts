import { applyChange } from '../../sim/apply';
import type { Change } from '../../sim/changes';
import { hasExternalAccess } from '../../sim/dns/resolverNetworks';
import type { World } from '../../sim/world';
import type { CommandHandler, CommandOutcome } from '../types';
import { aptInstall } from './apt/aptInstall';
import { aptOptions } from './apt/aptOptions';
import { aptTree } from './apt/aptTree';
import { aptUpdateOffline, aptUpdateOnline } from './apt/aptUpdate';
import { aptUpgrade } from './apt/aptUpgrade';
import { installedPackages, releaseOf } from './apt/releaseOf';
import { containerOf } from './containerOf';
import { speaksSummary, unableToLocate } from './apt/summaryWords';

/** Files each package the container installed adds to dpkg's database, on average. */
const FILES_PER_PACKAGE = 23;

/**
 * `apt-get update` and `apt-get install [-y] PKG...` (and `apt`'s) in a Debian or Ubuntu container: the archive,
 * versions and words of the image's release (`./apt/releases`). Images ship without package lists,
 * so before an update every package is unknown.
 */
export const aptGet: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  const release = releaseOf(ctx.world, id);
  if (!c || !release) return { stdout: '', stderr: '', exitCode: 100 };
  const { verb, packages: rest, yes, quiet, recommends } = aptOptions(argv.slice(1));
  const front = argv[0] === 'apt' ? 'apt' : 'apt-get';
  if (verb === 'upgrade') return { stdout: aptUpgrade(release, front), stderr: '', exitCode: 0 };
  if (verb === 'update') {
    if (!hasExternalAccess(ctx.world, id)) {
      const { stdout, stderr } = aptUpdateOffline(release, front);
      return { stdout, stderr, exitCode: 0, transcript: stdout + stderr };
    }
    return withChange(ctx.world, { type: 'container/apt-update', container: id }, quiet === 2 ? '' : aptUpdateOnline(release, front));
  }
  if (verb !== 'install') return { stdout: '', stderr: `E: Invalid operation ${verb ?? ''}\n`, exitCode: 100 };
  const installed = installedPackages(ctx.world, id, release);
  if (!c.aptUpdated) {
    const summary = speaksSummary(release, front);
    const stderr = unableToLocate(rest.filter((p) => !installed.has(p)), summary);
    if (stderr) return fail(summary || quiet === 2 ? '' : aptTree(release.style), stderr);
  }
  const r = aptInstall(release, installed, rest, { front, yes, quiet, recommends, databaseFiles: release.dpkgFiles + c.packages.length * FILES_PER_PACKAGE });
  if (r.stderr) return fail(quiet === 2 ? '' : r.stdout, r.stderr);
  if (r.installed.length === 0) return { stdout: r.stdout, stderr: '', exitCode: 0 };
  return withChange(ctx.world, { type: 'container/install', container: id, packages: r.installed }, r.stdout);
};

function fail(stdout: string, stderr: string): CommandOutcome {
  return { stdout, stderr, exitCode: 100, transcript: stdout + stderr };
}

function withChange(world: World, change: Change, stdout: string): CommandOutcome {
  const r = applyChange(world, change);
  return r.ok ? { stdout, stderr: '', exitCode: 0, world: r.world, changes: [change] } : { stdout, stderr: '', exitCode: 0 };
}
