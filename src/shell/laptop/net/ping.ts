import { pingExchange } from '../../../sim/traffic/exchange';
import { planFromLaptop } from '../../../sim/traffic/planFromLaptop';
import type { CommandHandler } from '../../types';
import { parsePingArgs } from '../../container/net/pingArgs';
import { runPing } from '../../container/net/pingRun';
import { isIpv4 } from '../../container/net/resolveHost';

/** `ping NODE_IP` from the laptop (a Linux laptop's iputils ping; names are not resolved here). */
export const ping: CommandHandler = (argv, ctx) => {
  const args = parsePingArgs(argv, 'iputils');
  if ('error' in args) return { stdout: '', stderr: args.error, exitCode: args.exitCode };
  if (!isIpv4(args.host)) return { stdout: '', stderr: `ping: ${args.host}: Name or service not known\n`, exitCode: 2 };
  const plan = planFromLaptop(ctx.world, { proto: 'icmp', dst: args.host, ipLength: args.size + 28, dontFragment: args.df });
  const echo = (seq: number, firstId: number, startUs: number) =>
    pingExchange(plan, { id: 0x4c50, seq, size: args.size, dst: args.host, sentAtNs: BigInt(ctx.world.now) * 1_000_000n + BigInt(seq - 1) * 1_000_000_000n }, firstId, startUs);
  const first = echo(1, 1, 0);
  return runPing({ flavour: 'iputils', args, ip: args.host, replyFrom: args.host, plan, echo, firstUs: 0, rttUs: first.endUs, before: [], seed: ctx.world.rng, command: argv.join(' '), startMs: ctx.world.now });
};
