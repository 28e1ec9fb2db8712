import type { Change } from '../../../sim/changes';
import type { CommandHandler } from '../../types';
import { isBusybox } from '../busybox';
import { withFileChange, writeError, writeFileChange } from '../fileAccessFor';
import { cwdOf, resolvePath } from '../paths';

/** `touch FILE...`: makes empty files (an existing one keeps its text). */
export const touch: CommandHandler = (argv, ctx) => {
  const busybox = isBusybox(ctx.world, ctx.frame);
  let world = ctx.world;
  const changes: Change[] = [];
  let stderr = '';
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return { stdout: '', stderr: busybox ? 'BusyBox: touch: missing operand\n' : "touch: missing file operand\nTry 'touch --help' for more information.\n", exitCode: 1 };
  for (const p of paths) {
    const abs = resolvePath(cwdOf(ctx.frame), p);
    const error = writeError(world, ctx.frame, abs);
    if (error && error !== 'EISDIR') {
      stderr += busybox ? `touch: ${p}: No such file or directory\n` : `touch: cannot touch '${p}': No such file or directory\n`;
      continue;
    }
    const change = error ? null : writeFileChange(world, ctx.frame, abs, '', true);
    if (change) {
      world = withFileChange(world, change);
      changes.push(change);
    }
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0, ...(changes.length > 0 ? { world, changes } : {}) };
};
