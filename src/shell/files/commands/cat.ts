import type { CommandHandler } from '../../types';
import { isBusybox } from '../busybox';
import { readFile } from '../fileSystem';
import { cwdOf, resolvePath } from '../paths';

/** `cat [FILE]...`: files of this machine or container; stdin without arguments or for `-`. */
export const cat: CommandHandler = (argv, ctx) => {
  const busybox = isBusybox(ctx.world, ctx.frame);
  const paths = argv.slice(1);
  if (paths.length === 0) return { stdout: ctx.stdin, stderr: '', exitCode: 0 };
  let stdout = '';
  let stderr = '';
  let transcript = '';
  for (const p of paths) {
    const read = p === '-' ? ctx.stdin : readFile(ctx.world, ctx.frame, resolvePath(cwdOf(ctx.frame), p));
    if (typeof read === 'string') {
      stdout += read;
      transcript += read;
      continue;
    }
    const dir = read.error === 'EISDIR';
    const line = busybox
      ? dir
        ? 'cat: read error: Is a directory\n'
        : `cat: can't open '${p}': No such file or directory\n`
      : `cat: ${p}: ${dir ? 'Is a directory' : read.error === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}\n`;
    stderr += line;
    transcript += line;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0, transcript };
};
