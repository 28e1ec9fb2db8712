import type { Change } from '../../../sim/changes';
import type { CommandHandler } from '../../types';
import { isBusybox } from '../busybox';
import { withFileChange } from '../fileAccessFor';
import { statPath } from '../fileSystem';
import { cwdOf, ownerOf, resolvePath } from '../paths';

/** `rm [-rf] PATH...`: removes files the learner made (and directories with -r). */
export const rm: CommandHandler = (argv, ctx) => {
  const busybox = isBusybox(ctx.world, ctx.frame);
  const flags = argv.slice(1).filter((a) => /^-[a-zA-Z]+$/.test(a)).join('');
  const force = flags.includes('f');
  const recursive = /[rR]/.test(flags);
  let world = ctx.world;
  const changes: Change[] = [];
  let stderr = '';
  for (const p of argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a))) {
    const abs = resolvePath(cwdOf(ctx.frame), p);
    const kind = statPath(world, ctx.frame, abs);
    if (kind === null) {
      if (!force) stderr += busybox ? `rm: can't remove '${p}': No such file or directory\n` : `rm: cannot remove '${p}': No such file or directory\n`;
      continue;
    }
    if (kind === 'dir' && !recursive) {
      stderr += busybox ? `rm: '${p}' is a directory\n` : `rm: cannot remove '${p}': Is a directory\n`;
      continue;
    }
    const change: Change = { type: 'fs/rm', owner: ownerOf(ctx.frame), path: abs };
    world = withFileChange(world, change);
    changes.push(change);
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0, ...(changes.length > 0 ? { world, changes } : {}) };
};
