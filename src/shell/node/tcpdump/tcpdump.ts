import { hostInterfaces } from '../../../sim/query/hostInterfaces';
import type { CommandContext, CommandOutcome } from '../../types';
import { fail } from '../../types';
import { parseFilter } from './captureFilter';
import { tcpdumpProcess } from './tcpdumpProcess';
import { commandNotFound } from '../../lang/voice';

/**
 * `tcpdump [-i IFACE|any] [-n|-nn] [-e] [-v] [-X|-XX] [-c N] [EXPRESSION]` on a node: runs until Ctrl+C
 * and prints the packets that cross the node's interfaces, live, as other terminals cause them.
 * Addresses are always printed as numbers (the simulated nodes have no reverse DNS).
 */
export function tcpdump(argv: readonly string[], ctx: CommandContext, root: boolean): CommandOutcome {
  if (ctx.frame.kind === 'laptop') return commandNotFound(ctx, 'tcpdump');
  const machine = ctx.frame.machine;
  const is29 = ctx.world.profile === '29';
  let iface = 'eth0';
  let count: number | null = null;
  let n = 0;
  let link = false;
  let verbose = false;
  let hex = false;
  const words: string[] = [];
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-i' || a === '-c') {
      const v = args[++i];
      if (v === undefined) return fail(`tcpdump: option requires an argument -- '${a.slice(1)}'\n`, 1);
      if (a === '-i') iface = v;
      else if (!/^[1-9]\d*$/.test(v)) return fail(`tcpdump: invalid packet count ${v}\n`, 1);
      else count = Number(v);
    } else if (/^-[nevXxAlq]+$/.test(a)) {
      for (const ch of a.slice(1)) {
        if (ch === 'n') n++;
        if (ch === 'e') link = true;
        if (ch === 'v') verbose = true;
        if (ch === 'X' || ch === 'x') hex = true;
      }
    } else if (a.startsWith('-')) return fail(`tcpdump: invalid option -- '${a.slice(1, 2)}'\n`, 1);
    else words.push(a);
  }
  const names = hostInterfaces(ctx.world, machine).map((x) => x.name);
  if (iface !== 'any' && !names.includes(iface)) return fail(`tcpdump: ${iface}: No such device exists\n(SIOCGIFHWADDR: No such device)\n`, 1);
  if (!root) return fail(`tcpdump: ${iface}: You don't have permission to capture on that device\n(socket: Operation not permitted)\n`, 1);
  const parsed = parseFilter(words);
  if ('error' in parsed) return fail(`tcpdump: syntax error in filter expression: syntax error\n`, 1);
  const linkType = iface === 'any' ? (is29 ? 'LINUX_SLL2 (Linux cooked v2)' : 'LINUX_SLL (Linux cooked)') : 'EN10MB (Ethernet)';
  const size = is29 ? 'snapshot length 262144 bytes' : 'capture size 262144 bytes';
  const listening = `listening on ${iface}, link-type ${linkType}, ${size}\n`;
  const header = verbose ? `tcpdump: ${listening}` : `tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n${listening}`;
  const running = tcpdumpProcess({ machine, iface, filter: parsed.filter, link, verbose, numericPorts: n >= 2, hex, count, sll2: is29, header });
  return { stdout: '', stderr: '', exitCode: 0, running };
}
