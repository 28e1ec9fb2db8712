import type { CommandHandler } from '../../types';
import { isBusybox } from '../busybox';
import { columns } from '../columns';
import { listDir, statPath } from '../fileSystem';
import { cwdOf, resolvePath } from '../paths';

/** `ls [-1a] [PATH]...`: names in columns (GNU or BusyBox layout); a directory each under its name when several are given. */
export const ls: CommandHandler = (argv, ctx) => {
  const busybox = isBusybox(ctx.world, ctx.frame);
  const flags = argv.slice(1).filter((a) => a.startsWith('-') && a !== '-');
  const one = flags.some((f) => f.includes('1'));
  const all = flags.some((f) => f.includes('a'));
  const paths = argv.slice(1).filter((a) => !flags.includes(a));
  const targets = paths.length === 0 ? ['.'] : paths;
  const show = (names: readonly string[]): string => (one ? names.map((n) => `${n}\n`).join('') : columns(names, busybox));
  let stderr = '';
  const files: string[] = [];
  const dirs: { name: string; abs: string }[] = [];
  for (const p of targets) {
    const abs = resolvePath(cwdOf(ctx.frame), p);
    const kind = statPath(ctx.world, ctx.frame, abs);
    if (kind === 'file') files.push(p);
    else if (kind === 'dir') dirs.push({ name: p, abs });
    else stderr += busybox ? `ls: ${p}: No such file or directory\n` : `ls: cannot access '${p}': No such file or directory\n`;
  }
  const blocks: string[] = [];
  if (files.length > 0) blocks.push(show(files.sort()));
  const many = targets.length > 1;
  for (const d of dirs) {
    const names = [...(all ? ['.', '..'] : []), ...listDir(ctx.world, ctx.frame, d.abs)];
    blocks.push(many ? `${d.name}:\n${show(names)}` : show(names));
  }
  const stdout = blocks.join('\n');
  return { stdout, stderr, exitCode: stderr ? (busybox ? 1 : 2) : 0, transcript: stderr + stdout };
};
