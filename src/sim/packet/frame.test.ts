import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './address';
import { encodeDns, dnsQuery } from './dns';
import { openEsp } from './esp';
import { encodeFrame, encodeIpPacket, flowOf, type Frame, type Underlay } from './frame';
import { flowSourcePort } from './flowHash';
import { pingPayload } from './icmp';

const ping: Frame = {
  eth: { src: '02:42:0a:00:00:03', dst: '02:42:0a:00:00:06' },
  ip: { src: '10.0.0.3', dst: '10.0.0.6' },
  l4: { kind: 'icmp', type: 'echo-request', id: 0x0a01, seq: 1, payload: pingPayload(1_500_000_000_250_000_000n) },
};
const underlay: Underlay = {
  eth: { src: '08:00:27:00:00:64', dst: '08:00:27:00:00:65' },
  ip: { src: '192.168.99.100', dst: '192.168.99.101' },
};

/** Straightforward RFC 1071: add 16-bit words, fold carries, invert. */
function straightSum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 2) sum += (bytes[i]! << 8) + (bytes[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum >> 16) + (sum & 0xffff);
  return 0xffff - sum;
}

describe('encodeFrame', () => {
  it('encodes an ICMP echo request from 10.0.0.3 to 10.0.0.6 byte for byte', () => {
    const bytes = encodeFrame(ping);
    expect(bytesToHex(bytes)).toBe(
      '02 42 0a 00 00 06 02 42 0a 00 00 03 08 00 45 00 00 54 00 00 40 00 40 01 26 a1 0a 00 00 03 0a 00 ' +
        '00 06 08 00 32 d2 0a 01 00 01 00 2f 68 59 00 00 00 00 90 d0 03 00 00 00 00 00 10 11 12 13 14 15 ' +
        '16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37',
    );
    const ipHeader = bytes.slice(14, 34);
    ipHeader[10] = 0;
    ipHeader[11] = 0;
    expect(straightSum(ipHeader)).toBe(0x26a1);
    const icmp = bytes.slice(34);
    icmp[2] = 0;
    icmp[3] = 0;
    expect(straightSum(icmp)).toBe(0x32d2);
  });

  it('wraps a frame in VXLAN: 50 bytes of overhead, flow-hashed source port, port 4789', () => {
    const inner = encodeFrame(ping);
    const bytes = encodeFrame({ encap: 'vxlan', outer: underlay, vni: 4097, inner: ping });
    expect(bytes.length).toBe(inner.length + 50);
    expect(bytesToHex(bytes.subarray(12, 14))).toBe('08 00');
    expect(bytes[23]).toBe(17);
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(34)).toBe(flowSourcePort(flowOf(ping)));
    expect(view.getUint16(36)).toBe(4789);
    expect(view.getUint16(38)).toBe(8 + 8 + inner.length);
    expect(bytesToHex(bytes.subarray(42, 50))).toBe('08 00 00 00 00 10 01 00');
    expect(bytes.subarray(50)).toEqual(inner);
  });

  it('honours an explicit data path port and source port', () => {
    const bytes = encodeFrame({ encap: 'vxlan', outer: { ...underlay, udp: { srcPort: 40000, dstPort: 7789 } }, vni: 4096, inner: ping });
    expect(bytesToHex(bytes.subarray(34, 38))).toBe('9c 40 1e 6d');
  });

  it('seals the VXLAN datagram in ESP for encrypted overlays', () => {
    const clear = encodeFrame({ encap: 'vxlan', outer: underlay, vni: 4097, inner: ping });
    const bytes = encodeFrame({ encap: 'esp', outer: underlay, esp: { spi: 0x11223344, seq: 7 }, vni: 4097, inner: ping });
    expect(bytes[23]).toBe(50);
    expect(bytesToHex(bytes.subarray(34, 42))).toBe('11 22 33 44 00 00 00 07');
    const opened = openEsp(bytes.subarray(34));
    expect(opened?.nextHeader).toBe(17);
    expect(opened?.plaintext).toEqual(clear.subarray(34));
    // The clear inner frame must not appear on the wire.
    expect(bytesToHex(bytes)).not.toContain(bytesToHex(encodeFrame(ping).subarray(14, 34)));
  });

  it('carries a DNS message or raw bytes as UDP payload, with the UDP length computed', () => {
    const query = dnsQuery(0x1234, 'web', 'A');
    const packet = encodeIpPacket({ eth: ping.eth, ip: { src: '10.0.1.3', dst: '127.0.0.11' }, l4: { kind: 'udp', srcPort: 40000, dstPort: 53 }, app: query });
    expect(packet.subarray(28)).toEqual(encodeDns(query));
    expect(new DataView(packet.buffer).getUint16(24)).toBe(8 + encodeDns(query).length);
    const raw = encodeIpPacket({ eth: ping.eth, ip: ping.ip, l4: { kind: 'udp', srcPort: 1, dstPort: 2 }, app: hexToBytes('de ad') });
    expect(bytesToHex(raw.subarray(20))).toBe(`00 01 00 02 00 0a ${bytesToHex(raw.subarray(26, 28))} de ad`);
  });

  it('uses ports only for TCP and UDP flows', () => {
    expect(flowOf(ping)).toEqual({ src: '10.0.0.3', dst: '10.0.0.6', protocol: 1 });
    expect(flowOf({ ...ping, l4: { kind: 'tcp', srcPort: 5, dstPort: 80, seq: 0, flags: ['SYN'] } })).toEqual({
      src: '10.0.0.3', dst: '10.0.0.6', protocol: 6, srcPort: 5, dstPort: 80,
    });
  });
});
