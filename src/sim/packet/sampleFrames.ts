import { dnsQuery, dnsResponse } from './dns';
import type { EthHeader } from './ethernet';
import type { Frame, Underlay, WireFrame } from './frame';
import { encodeIpPacket } from './frame';
import { pingPayload } from './icmp';

/** 2023-11-14 22:13:20.123456789 UTC, in nanoseconds: the start of the sample capture. */
export const SAMPLE_EPOCH_NS = 1_700_000_000_123_456_789n;

const web1: EthHeader = { src: '02:42:0a:00:01:03', dst: '02:42:0a:00:01:04' };
const web2: EthHeader = { src: web1.dst, dst: web1.src };
const underlay: Underlay = {
  eth: { src: '08:00:27:8a:00:64', dst: '08:00:27:8a:00:65' },
  ip: { src: '192.168.99.100', dst: '192.168.99.101' },
};
const ping: Frame = {
  eth: web1,
  ip: { src: '10.0.1.3', dst: '10.0.1.4' },
  l4: { kind: 'icmp', type: 'echo-request', id: 0x0a01, seq: 1, payload: pingPayload(SAMPLE_EPOCH_NS) },
};
// ping -s 1472: a 1500-byte packet, too big for the 1450-byte overlay MTU.
const bigPing: Frame = { ...ping, l4: { kind: 'icmp', type: 'echo-request', id: 0x0a01, seq: 2, payload: pingPayload(SAMPLE_EPOCH_NS, 1472) } };
const query = dnsQuery(0x5c1e, 'web', 'A');
const http = new TextEncoder().encode('GET / HTTP/1.1\r\nHost: web\r\nUser-Agent: curl/7.55.0\r\nAccept: */*\r\n\r\n');
const client = { src: '10.0.1.3', dst: '10.0.1.4' };
const server = { src: client.dst, dst: client.src };
const tcp = (seq: number, ack: number, flags: ('SYN' | 'ACK' | 'PSH')[], forward: boolean) => ({
  kind: 'tcp' as const,
  srcPort: forward ? 45678 : 80,
  dstPort: forward ? 80 : 45678,
  seq,
  ack,
  flags,
});

/**
 * A small overlay conversation (ping across nodes, DNS for `web`, an HTTP GET, an encrypted
 * overlay frame, a PMTU error) with one line about each frame: for demos, benchmarks and tests.
 */
export function sampleFrames(): { comment: string; frame: WireFrame }[] {
  return [
    { comment: 'ping 10.0.1.4, VXLAN VNI 4097 node1 -> node2', frame: { encap: 'vxlan', outer: underlay, vni: 4097, inner: ping } },
    { comment: 'ping 10.0.1.4 inside the overlay', frame: ping },
    { comment: 'DNS query web A to 127.0.0.11', frame: { eth: web1, ip: { src: '10.0.1.3', dst: '127.0.0.11' }, l4: { kind: 'udp', srcPort: 51234, dstPort: 53 }, app: query } },
    { comment: 'DNS answer web -> 10.0.1.2', frame: { eth: web2, ip: { src: '127.0.0.11', dst: '10.0.1.3' }, l4: { kind: 'udp', srcPort: 53, dstPort: 51234 }, app: dnsResponse(query, ['10.0.1.2']) } },
    { comment: 'TCP SYN', frame: { eth: web1, ip: client, l4: { ...tcp(1000, 0, ['SYN'], true), mss: 1410 } } },
    { comment: 'TCP SYN-ACK', frame: { eth: web2, ip: server, l4: { ...tcp(5000, 1001, ['SYN', 'ACK'], false), mss: 1410 } } },
    { comment: 'TCP ACK', frame: { eth: web1, ip: client, l4: tcp(1001, 5001, ['ACK'], true) } },
    { comment: 'HTTP GET /', frame: { eth: web1, ip: client, l4: tcp(1001, 5001, ['PSH', 'ACK'], true), app: http } },
    { comment: 'ping on an encrypted overlay: ESP node1 -> node2', frame: { encap: 'esp', outer: underlay, esp: { spi: 0x8a3c_51d2, seq: 1 }, vni: 4097, inner: ping } },
    { comment: 'ping -s 1472: fragmentation needed, MTU 1450', frame: { eth: web2, ip: { src: '10.0.1.1', dst: '10.0.1.3' }, l4: { kind: 'icmp', type: 'frag-needed', mtu: 1450, original: encodeIpPacket(bigPing) } } },
  ];
}
