import type { Exchanged } from '../../../sim/traffic/exchange';
import type { Plan } from '../../../sim/traffic/plan';
import { jitterFactor } from '../../../sim/traffic/timing';
import type { PacketTrace, Trace } from '../../../sim/traffic/trace';
import type { CommandOutcome, Process } from '../../types';
import type { PingArgs, PingFlavour } from './pingArgs';
import { formatRtt, pingStatistics } from './pingStats';
import { socketError } from './socketError';

export interface PingRun {
  readonly flavour: PingFlavour;
  readonly args: PingArgs;
  readonly ip: string;
  /** How replies name the sender: `10.0.1.4` or `web.1.x.mynet (10.0.1.3)`. */
  readonly replyFrom: string;
  readonly plan: Plan;
  /** Echo number `seq` (1-based) as packets, numbered from `firstId`, starting at `startUs` of the trace. */
  readonly echo: (seq: number, firstId: number, startUs: number) => Exchanged;
  /** When the first echo leaves, in µs from the start of the trace (after the DNS lookup). */
  readonly firstUs: number;
  /** Round trip of an echo in µs before jitter (from the hop times). */
  readonly rttUs: number;
  /** Packets before the first echo (the DNS lookup). */
  readonly before: readonly PacketTrace[];
  readonly seed: number;
  readonly command: string;
  readonly startMs: number;
}

interface Event {
  readonly atMs: number;
  readonly text: string;
  readonly reply: number | null;
}

/** What ping prints and does for a decided plan: finite with -c, a Process until Ctrl+C otherwise. */
export function runPing(r: PingRun): CommandOutcome {
  const { flavour, args, plan } = r;
  const trace = traceOf(r, plan.request.length > 0 ? 1 : 0);
  if (plan.verdict === 'unreachable') {
    if (flavour === 'iputils') return { stdout: '', stderr: `ping: connect: ${socketError('glibc', 'unreachable')}\n`, exitCode: 2, traces: [trace] };
    // BusyBox on alpine prints musl's strerror text, which differs from glibc's.
    const text = `ping: sendto: ${socketError('musl', 'unreachable')}\n`;
    return { stdout: header(r), stderr: text, exitCode: 1, transcript: `${header(r)}${text}`, traces: [trace] };
  }
  const event = (seq: number): Event => eventFor(r, seq);
  const stats = (transmitted: number, untilMs: number, interrupted: boolean) => {
    const events = Array.from({ length: transmitted }, (_, i) => event(i + 1)).filter((e) => e.atMs <= untilMs);
    const rtts = events.flatMap((e) => (e.reply === null ? [] : [e.reply]));
    const errors = events.length - rtts.length;
    const k = Math.floor(jitterFactor(r.seed, 'time', transmitted) * 10) % 4;
    const timeMs = transmitted <= 1 ? 0 : (transmitted - 1) * 1000 + (interrupted ? -k : k);
    const block = `--- ${args.host} ping statistics ---\n${pingStatistics(flavour, { transmitted, rtts, errors: plan.verdict === 'answered' || plan.verdict === 'timeout' ? 0 : errors, timeMs })}`;
    return { block, exitCode: rtts.length > 0 ? 0 : 1 };
  };
  if (args.count !== null) {
    const n = args.count;
    const lastMs = (n - 1) * 1000 + (args.waitS ?? 10) * 1000;
    const lines = Array.from({ length: n }, (_, i) => event(i + 1)).filter((e) => e.text !== '' && e.atMs <= lastMs).map((e) => e.text).join('');
    const end = stats(n, lastMs, false);
    const stdout = `${header(r)}${lines}\n${end.block}`;
    return { stdout, stderr: '', exitCode: end.exitCode, traces: [traceOf(r, plan.request.length > 0 ? n : 0)] };
  }
  const printed = (ms: number): string => {
    let out = header(r);
    for (let seq = 1; (seq - 1) * 1000 <= ms; seq++) {
      const e = event(seq);
      if (e.atMs <= ms) out += e.text;
    }
    return out;
  };
  const running: Process = {
    outputUntil: printed,
    interrupt: (ms) => {
      const transmitted = Math.floor(ms / 1000) + 1;
      const end = stats(transmitted, ms, true);
      return { text: `^C\n${end.block}`, exitCode: end.exitCode, traces: [traceOf(r, plan.request.length > 0 ? transmitted : 0)] };
    },
  };
  return { stdout: '', stderr: '', exitCode: 0, running, traces: [trace] };
}

/** The trace of a ping that sent `sent` echoes, one a second: the DNS lookup, then every request and reply. */
function traceOf(r: PingRun, sent: number): Trace {
  const packets: PacketTrace[] = [...r.before];
  for (let seq = 1; seq <= sent; seq++) packets.push(...r.echo(seq, packets.length + 1, r.firstUs + (seq - 1) * 1_000_000).packets);
  return { command: r.command, startMs: r.startMs, packets };
}

function header(r: PingRun): string {
  if (r.flavour === 'busybox') return `PING ${r.args.host} (${r.ip}): ${r.args.size} data bytes\n`;
  return `PING ${r.args.host} (${r.ip}) ${r.args.size}(${r.args.size + 28}) bytes of data.\n`;
}

/** What happens to echo number `seq` (1-based): when its line prints and its round trip in µs. */
function eventFor(r: PingRun, seq: number): Event {
  const sentMs = (seq - 1) * 1000;
  const v = r.plan.verdict;
  if (v === 'msgsize') return { atMs: sentMs, text: r.flavour === 'iputils' ? `ping: local error: message too long, mtu=${r.plan.mtu}\n` : '', reply: null };
  if (v === 'host-unreachable') return { atMs: sentMs + 3000, text: r.flavour === 'iputils' ? `From ${r.plan.srcIp} icmp_seq=${seq} Destination Host Unreachable\n` : '', reply: null };
  if (v !== 'answered') return { atMs: Number.POSITIVE_INFINITY, text: '', reply: null };
  const rtt = Math.max(1, Math.round(r.rttUs * jitterFactor(r.seed, r.ip, seq - 1)));
  const bytes = r.args.size + 8;
  const ttl = r.plan.replyTtl ?? 64;
  const seqText = r.flavour === 'iputils' ? `icmp_seq=${seq}` : `seq=${seq - 1}`;
  const from = r.flavour === 'iputils' ? r.replyFrom : r.ip;
  return { atMs: sentMs + rtt / 1000, text: `${bytes} bytes from ${from}: ${seqText} ttl=${ttl} time=${formatRtt(rtt, r.flavour)} ms\n`, reply: rtt };
}
