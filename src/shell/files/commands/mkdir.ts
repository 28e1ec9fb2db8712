import type { Change } from '../../../sim/changes';
import type { CommandHandler } from '../../types';
import { isBusybox } from '../busybox';
import { withFileChange } from '../fileAccessFor';
import { checkParent, statPath } from '../fileSystem';
import { cwdOf, ownerOf, parentOf, resolvePath } from '../paths';

/** `mkdir [-p] DIR...`. */
export const mkdir: CommandHandler = (argv, ctx) => {
  const busybox = isBusybox(ctx.world, ctx.frame);
  const parents = argv.slice(1).some((a) => /^-[a-z]*p/.test(a));
  let world = ctx.world;
  const changes: Change[] = [];
  let stderr = '';
  const make = (abs: string): void => {
    const change: Change = { type: 'fs/mkdir', owner: ownerOf(ctx.frame), path: abs };
    world = withFileChange(world, change);
    changes.push(change);
  };
  for (const p of argv.slice(1).filter((a) => !a.startsWith('-'))) {
    const abs = resolvePath(cwdOf(ctx.frame), p);
    const kind = statPath(world, ctx.frame, abs);
    const cannot = (why: string): string => (busybox ? `mkdir: can't create directory '${p}': ${why}\n` : `mkdir: cannot create directory '${p}': ${why}\n`);
    if (kind !== null) {
      if (!parents || kind === 'file') stderr += cannot('File exists');
      continue;
    }
    if (parents) {
      const missing: string[] = [];
      for (let at = abs; statPath(world, ctx.frame, at) === null; at = parentOf(at)) missing.unshift(at);
      if (missing.some((m) => statPath(world, ctx.frame, parentOf(m)) === 'file')) stderr += cannot('Not a directory');
      else missing.forEach(make);
      continue;
    }
    const error = checkParent(world, ctx.frame, abs);
    if (error) stderr += cannot(error === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory');
    else make(abs);
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0, ...(changes.length > 0 ? { world, changes } : {}) };
};
