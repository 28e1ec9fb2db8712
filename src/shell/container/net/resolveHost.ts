import { dnsRng, ptrName, resolve } from '../../../sim/dns/resolve';
import { dnsLookup } from '../../../sim/traffic/dnsTrace';
import type { PacketTrace } from '../../../sim/traffic/trace';
import type { Container, World } from '../../../sim/world';

/** A host a tool was given, resolved the way glibc/musl would through 127.0.0.11. */
export type Resolved =
  | { readonly ok: true; readonly ip: string; readonly packets: readonly PacketTrace[]; readonly endUs: number; readonly numeric: boolean }
  | { readonly ok: false; readonly reason: 'nxdomain' | 'servfail'; readonly packets: readonly PacketTrace[] };

export const isIpv4 = (s: string): boolean => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((o) => Number(o) <= 255);

/** Numeric hosts as they are; names by one A query (its packets are returned for the trace). */
export function resolveHost(world: World, c: Container, host: string): Resolved {
  if (isIpv4(host)) return { ok: true, ip: host, packets: [], endUs: 0, numeric: true };
  if (host === 'localhost') return { ok: true, ip: '127.0.0.1', packets: [], endUs: 0, numeric: false };
  const q = dnsLookup(world, c, host, 'A', 1, 0, dnsRng(world, `${c.id}:${host}`));
  const a = q.exchange.answer;
  const first = a.answers.find((x) => x.type === 'A');
  if (a.rcode === 'NOERROR' && first) return { ok: true, ip: first.data, packets: q.packets, endUs: q.endUs, numeric: false };
  return { ok: false, reason: a.rcode === 'NXDOMAIN' || a.rcode === 'NOERROR' ? 'nxdomain' : 'servfail', packets: q.packets };
}

/** `name (ip)` when the address has a PTR record on the container's networks, else the address. */
export function reverseName(world: World, c: Container, ip: string): string {
  const r = resolve(world, c.id, ptrName(ip), 'PTR');
  const name = r.rcode === 'NOERROR' ? r.answers[0]?.data : undefined;
  return name ? `${name} (${ip})` : ip;
}
