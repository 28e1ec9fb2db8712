import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame, type Layer } from './decode';
import { encodeFrame, type Frame } from './frame';
import { TCP_FLAG_BITS, type TcpFlag } from './tcp';

const octet = fc.integer({ min: 0, max: 255 });
const ip = fc.tuple(octet, octet, octet, octet).map((b) => b.join('.'));
const mac = fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(':'));
const port = fc.integer({ min: 1, max: 65535 }).filter((p) => p !== 53 && p !== 4789);
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const payload = fc.uint8Array({ maxLength: 64 });
const base = fc.record({
  eth: fc.record({ src: mac, dst: mac }),
  ip: fc.record({ src: ip, dst: ip, ttl: octet, id: fc.integer({ min: 0, max: 65535 }), dontFragment: fc.boolean(), dscp: fc.integer({ min: 0, max: 63 }) }),
});
const l4 = fc.oneof(
  fc.record({ kind: fc.constant('udp' as const), srcPort: port, dstPort: port }),
  fc.record({
    kind: fc.constant('tcp' as const), srcPort: port, dstPort: port, seq: u32, ack: u32,
    flags: fc.subarray(Object.keys(TCP_FLAG_BITS) as TcpFlag[]), window: fc.integer({ min: 0, max: 65535 }),
    mss: fc.option(fc.integer({ min: 536, max: 65535 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('icmp' as const), type: fc.constantFrom('echo-request' as const, 'echo-reply' as const), id: fc.integer({ min: 0, max: 65535 }), seq: fc.integer({ min: 0, max: 65535 }), payload }),
);

const field = (layers: Layer[], layer: string, name: string) => layers.find((l) => l.name === layer)?.fields.find((f) => f.name === name)?.display;

describe('encode -> decode round trip', () => {
  it('recovers every header field a caller sets, with correct checksums', () => {
    fc.assert(fc.property(base, l4, payload, ({ eth, ip: iph }, l4h, app) => {
      const frame = (l4h.kind === 'icmp' ? { eth, ip: iph, l4: l4h } : { eth, ip: iph, l4: l4h, app }) as Frame;
      const bytes = encodeFrame(frame);
      const layers = decodeFrame(bytes);
      expect(field(layers, 'Ethernet II', 'Source')).toBe(eth.src);
      expect(field(layers, 'Ethernet II', 'Destination')).toBe(eth.dst);
      expect(field(layers, 'IPv4', 'Source Address')).toBe(iph.src);
      expect(field(layers, 'IPv4', 'Destination Address')).toBe(iph.dst);
      expect(field(layers, 'IPv4', 'Time to Live')).toBe(String(iph.ttl));
      expect(field(layers, 'IPv4', 'Identification')).toBe(`0x${iph.id.toString(16).padStart(4, '0')} (${iph.id})`);
      expect(field(layers, 'IPv4', 'Flags')).toBe(iph.dontFragment ? "0x2, Don't fragment" : '0x0');
      expect(field(layers, 'IPv4', 'Differentiated Services')).toMatch(new RegExp(`\\(DSCP ${iph.dscp}, ECN 0\\)$`));
      expect(field(layers, 'IPv4', 'Total Length')).toBe(String(bytes.length - 14));
      for (const f of layers.flatMap((l) => l.fields).filter((f) => f.name.endsWith('Checksum'))) expect(f.display).toMatch(/\[correct\]$/);
      if (l4h.kind === 'icmp') {
        expect(field(layers, 'ICMP', 'Type')).toMatch(l4h.type === 'echo-request' ? /^8 / : /^0 /);
        expect(field(layers, 'ICMP', 'Identifier')).toMatch(new RegExp(`^${l4h.id} `));
        expect(field(layers, 'ICMP', 'Sequence Number')).toMatch(new RegExp(`^${l4h.seq} `));
        return;
      }
      const name = l4h.kind === 'udp' ? 'UDP' : 'TCP';
      expect(field(layers, name, 'Source Port')).toBe(String(l4h.srcPort));
      expect(field(layers, name, 'Destination Port')).toBe(String(l4h.dstPort));
      if (l4h.kind === 'tcp') {
        expect(field(layers, 'TCP', 'Sequence Number')).toBe(String(l4h.seq));
        expect(field(layers, 'TCP', 'Acknowledgment Number')).toBe(String(l4h.ack));
        expect(field(layers, 'TCP', 'Window')).toBe(String(l4h.window));
        const bits = l4h.flags.reduce((b, f) => b | TCP_FLAG_BITS[f], 0);
        expect(field(layers, 'TCP', 'Flags')).toMatch(new RegExp(`^0x${bits.toString(16).padStart(3, '0')} `));
        expect(field(layers, 'TCP', 'Maximum Segment Size')).toBe(l4h.mss === undefined ? undefined : `${l4h.mss} bytes`);
      }
      const last = layers[layers.length - 1]!;
      if (app.length) expect(bytes.subarray(last.offset)).toEqual(app);
    }), { numRuns: 300 });
  });
});
