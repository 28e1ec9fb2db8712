import type { DnsMessage, DnsType } from '../packet/dns';
import { dnsQuery, DNS_PORT } from '../packet/dns';
import { encodeFrame, type Frame } from '../packet/frame';
import { seedFrom } from '../rng';
import { containerInterfaces } from '../query/containerInterfaces';
import type { WorldView } from '../view';
import { resolve, type DnsAnswer } from './resolve';
import type { Rng } from '../rng';

/** The embedded server's address inside every container. */
export const EMBEDDED_DNS = '127.0.0.11';
/** Loopback frames carry all-zero MACs. */
const LOOPBACK_MAC = '00:00:00:00:00:00';

/** One question to 127.0.0.11 and its reply, as bytes on the container's loopback. */
export interface DnsExchange {
  readonly answer: DnsAnswer;
  readonly query: DnsMessage;
  /** null when no reply comes (`answer.noReply`). */
  readonly response: DnsMessage | null;
  readonly queryBytes: Uint8Array;
  readonly responseBytes: Uint8Array | null;
  readonly source: { readonly ip: string; readonly port: number };
}

/**
 * The DNS query a container sends to 127.0.0.11:53 and the embedded server's reply, as whole Ethernet
 * frames on the loopback device (zero MACs). Source is the container's first interface address (the
 * traffic engine shows the container as the asker), with a query id and an ephemeral source port
 * (32768-60999, Linux's default range) derived from the world's generator state, clock, container and
 * question, so a replay gives the same bytes.
 */
export function dnsExchange(w: WorldView & { readonly rng: number }, containerId: string, name: string, qtype: DnsType, rng?: Rng): DnsExchange {
  const answer = resolve(w, containerId, name, qtype, rng);
  const seed = seedFrom(`${w.rng}:${w.now}:${containerId}:${name}:${qtype}`);
  const id = seed & 0xffff;
  const port = 32768 + ((seed >>> 16) % (60999 - 32768 + 1));
  const ip = containerInterfaces(w, containerId)[0]?.ip ?? '127.0.0.1';
  const qname = name.endsWith('.') ? name.slice(0, -1) : name;
  const query = dnsQuery(id, qname, qtype);
  const response: DnsMessage | null = answer.noReply
    ? null
    : { ...query, response: true, recursionAvailable: answer.recursionAvailable, rcode: answer.rcode, answers: [...answer.answers] };
  const eth = { src: LOOPBACK_MAC, dst: LOOPBACK_MAC };
  const out: Frame = { eth, ip: { src: ip, dst: EMBEDDED_DNS }, l4: { kind: 'udp', srcPort: port, dstPort: DNS_PORT }, app: query };
  const back: Frame | null = response
    ? { eth, ip: { src: EMBEDDED_DNS, dst: ip }, l4: { kind: 'udp', srcPort: DNS_PORT, dstPort: port }, app: response }
    : null;
  return {
    answer,
    query,
    response,
    queryBytes: encodeFrame(out),
    responseBytes: back ? encodeFrame(back) : null,
    source: { ip, port },
  };
}
