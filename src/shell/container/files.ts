import { hostsFile } from '../../sim/dns/hostsFile';
import { resolvConf } from '../../sim/dns/resolvConf';
import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { table } from '../../sim/own';

const files: Readonly<Record<string, (w: Parameters<typeof hostsFile>[0], id: string) => string>> = table({
  '/etc/resolv.conf': resolvConf,
  '/etc/hosts': hostsFile,
  '/etc/hostname': (w, id) => `${w.containers[id]?.hostname ?? ''}\n`,
});

/** `cat [FILE]...`: the files Docker writes into a container; stdin without arguments. */
export const cat: CommandHandler = (argv, ctx) => {
  const c = containerOf(ctx);
  const paths = argv.slice(1);
  if (paths.length === 0) return { stdout: ctx.stdin, stderr: '', exitCode: 0 };
  let stdout = '';
  let stderr = '';
  let transcript = '';
  for (const p of paths) {
    const read = files[p.replace(/^\/+/, '/')];
    if (read && c) {
      const text = read(ctx.world, c);
      stdout += text;
      transcript += text;
    } else {
      const line = `cat: ${p}: No such file or directory\n`;
      stderr += line;
      transcript += line;
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0, transcript };
};
