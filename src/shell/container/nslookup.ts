import { UPSTREAM_RESOLVER } from '../../sim/dns/internet';
import { dnsRng, ptrName } from '../../sim/dns/resolve';
import { dnsLookup } from '../../sim/traffic/dnsTrace';
import { usesEmbeddedDns } from '../../sim/dns/resolverNetworks';
import { isIpv4 } from '../../sim/ipam/cidr';
import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { bindNslookup, busyboxNslookup } from './lookupFormat';
import { hasBindTools } from './tools';

/** `nslookup NAME|ADDRESS`: bind9's when dnsutils/bind-tools are installed, else BusyBox's applet. */
export const nslookup: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const name = argv.slice(1).find((a) => !a.startsWith('-'));
  const bind = hasBindTools(ctx.world, id);
  if (!name) {
    return bind
      ? { stdout: '', stderr: 'Usage: nslookup [-opt ...] host [server]\n', exitCode: 1 }
      : { stdout: '', stderr: 'BusyBox v1.36.1 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n', exitCode: 1 };
  }
  const server = { ip: usesEmbeddedDns(ctx.world, id) ? '127.0.0.11' : UPSTREAM_RESOLVER };
  const rng = dnsRng(ctx.world, `${id}:${name}`);
  const reverse = isIpv4(name) ? ptrName(name) : null;
  const c = ctx.world.containers[id];
  if (!c) return { stdout: '', stderr: '', exitCode: 1 };
  // The answers printed are the ones the traced packets carry.
  const first = dnsLookup(ctx.world, c, reverse ?? name, reverse ? 'PTR' : 'A', 1, 0, rng);
  const second = !bind && !reverse ? dnsLookup(ctx.world, c, name, 'AAAA', 1 + first.packets.length, first.endUs) : null;
  const out = bind
    ? bindNslookup(server, name, reverse, first.exchange.answer)
    : busyboxNslookup(server, reverse ?? name, second ? [first.exchange.answer, second.exchange.answer] : [first.exchange.answer]);
  const packets = [...first.packets, ...(second?.packets ?? [])];
  return { stdout: out.text, stderr: '', exitCode: out.exitCode, traces: [{ command: argv.join(' '), startMs: ctx.world.now, packets }] };
};
