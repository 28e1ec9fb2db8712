import { pingExchange } from '../../../sim/traffic/exchange';
import { planFromContainer } from '../../../sim/traffic/planFromContainer';
import type { CommandHandler } from '../../types';
import { containerOf } from '../containerOf';
import { distroOf, hasTool } from '../tools';
import { commandNotFound } from '../../lang/voice';
import { parsePingArgs } from './pingArgs';
import { runPing } from './pingRun';
import { resolveHost, reverseName } from './resolveHost';

/** `ping` in a container: iputils (Debian/Ubuntu, after apt-get install iputils-ping) or BusyBox (Alpine). */
export const ping: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const c = ctx.world.containers[id];
  if (!c || !hasTool(ctx.world, id, 'ping')) return commandNotFound(ctx, 'ping');
  const flavour = distroOf(ctx.world, id) === 'alpine' ? 'busybox' : 'iputils';
  const args = parsePingArgs(argv, flavour);
  if ('error' in args) return { stdout: '', stderr: args.error, exitCode: args.exitCode };
  const host = resolveHost(ctx.world, c, args.host);
  const command = argv.join(' ');
  if (!host.ok) {
    const traces = [{ command, startMs: ctx.world.now, packets: host.packets }];
    if (flavour === 'busybox') return { stdout: '', stderr: `ping: bad address '${args.host}'\n`, exitCode: 1, traces };
    const why = host.reason === 'nxdomain' ? 'Name or service not known' : 'Temporary failure in name resolution';
    return { stdout: '', stderr: `ping: ${args.host}: ${why}\n`, exitCode: 2, traces };
  }
  const plan = planFromContainer(ctx.world, c, { proto: 'icmp', dst: host.ip, ipLength: args.size + 28, dontFragment: args.df });
  const icmpId = parseInt(c.id.slice(6, 10), 16);
  const sentAtNs = (seq: number) => BigInt(ctx.world.now) * 1_000_000n + BigInt(seq - 1) * 1_000_000_000n;
  const echo = (seq: number, firstId: number, startUs: number) => pingExchange(plan, { id: icmpId, seq, size: args.size, dst: host.ip, sentAtNs: sentAtNs(seq) }, firstId, startUs);
  const first = echo(1, host.packets.length + 1, host.endUs);
  return runPing({
    flavour,
    args,
    ip: host.ip,
    replyFrom: host.numeric ? host.ip : reverseName(ctx.world, c, host.ip),
    plan,
    echo,
    firstUs: host.endUs,
    rttUs: first.endUs - host.endUs,
    before: host.packets,
    seed: ctx.world.rng,
    command,
    startMs: ctx.world.now,
  });
};
