import { dnsExchange, EMBEDDED_DNS, type DnsExchange } from '../dns/dnsExchange';
import { knownElsewhere } from '../dns/knownElsewhere';
import type { DnsType } from '../packet/dns';
import type { Rng } from '../rng';
import type { Container, World } from '../world';
import { containerPlace } from './places';
import type { Place } from './trace';
import type { Hop, PacketTrace } from './trace';
import { US } from './timing';

/** The embedded server's port inside a container's namespace (Docker picks a random one; here from the id). */
export function resolverPort(c: Container): number {
  return 32768 + (parseInt(c.id.slice(0, 6), 16) % 28_000);
}

export interface DnsLookup {
  readonly exchange: DnsExchange;
  readonly packets: PacketTrace[];
  readonly endUs: number;
}

/**
 * One question to 127.0.0.11 as packets: the query on the container's loopback, DNAT to the embedded
 * server's port, its answer (forwarded upstream for names Docker does not know), and the reply.
 */
export function dnsLookup(world: World, c: Container, name: string, qtype: DnsType, firstId: number, startUs = 0, rng?: Rng): DnsLookup {
  const x = dnsExchange(world, c.id, name, qtype, rng);
  const lo = containerPlace(c, 'lo');
  const server: Place = { kind: 'dns', machine: c.machine, iface: '' };
  const port = resolverPort(c);
  const q = x.queryBytes;
  const t0 = startUs + US.veth;
  const hops: Hop[] = [
    { at: lo, action: 'dns-query', why: { key: 'hop.dns-query', params: { name, qtype, server: EMBEDDED_DNS } }, rule: `-A DOCKER_OUTPUT -d ${EMBEDDED_DNS}/32 -p udp -m udp --dport 53 -j DNAT --to-destination ${EMBEDDED_DNS}:${port}`, before: q, after: q, timeUs: t0 },
  ];
  let t = t0 + US.dns;
  if (x.answer.forwarded) {
    t += 2 * US.underlay;
    const elsewhere = knownElsewhere(world, c.id, name);
    const why: Hop['why'] = elsewhere.length > 0
      ? { key: 'hop.dns-forward-elsewhere', params: { name, networks: elsewhere.join(', '), upstream: x.answer.upstream ?? '' } }
      : { key: 'hop.dns-forward', params: { name, upstream: x.answer.upstream ?? '' } };
    hops.push({ at: server, action: 'dns-forward', why, rule: `nameserver ${x.answer.upstream ?? ''}`, before: q, after: q, timeUs: t });
  }
  const data = x.answer.answers.map((a) => a.data).join(', ');
  const r = x.responseBytes;
  if (!r) {
    hops.push({ at: server, action: 'drop', why: { key: 'drop.dns-no-reply', params: { name } }, rule: '', before: q, after: q, timeUs: t });
    return { exchange: x, packets: [{ id: firstId, kind: 'dns', direction: 'request', summary: { key: 'summary.dns-query', params: { name, qtype } }, hops, outcome: 'dropped' }], endUs: t };
  }
  hops.push({ at: server, action: 'dns-answer', why: { key: 'hop.dns-answer', params: { name, rcode: x.answer.rcode, answers: data } }, rule: '', before: q, after: q, timeUs: t });
  t += US.veth;
  const reply: Hop = { at: lo, action: 'deliver', why: { key: 'hop.dns-reply', params: { name, rcode: x.answer.rcode, answers: data } }, rule: `-A DOCKER_POSTROUTING -s ${EMBEDDED_DNS}/32 -p udp -m udp --sport ${port} -j SNAT --to-source :53`, before: r, after: r, timeUs: t };
  return {
    exchange: x,
    packets: [
      { id: firstId, kind: 'dns', direction: 'request', summary: { key: 'summary.dns-query', params: { name, qtype } }, hops, outcome: 'delivered' },
      { id: firstId + 1, kind: 'dns', direction: 'reply', summary: { key: 'summary.dns-reply', params: { name, rcode: x.answer.rcode } }, hops: [reply], outcome: 'delivered' },
    ],
    endUs: t,
  };
}
