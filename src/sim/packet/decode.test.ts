import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hexToBytes } from './address';
import { decodeFrame, type Layer } from './decode';
import { encodeFrame } from './frame';
import { sampleFrames } from './sampleFrames';
import { golden } from '../../testing/golden';

const goldenPath = (name: string) => fileURLToPath(new URL(`testdata/${name}`, import.meta.url));

function render(layers: Layer[]): string {
  return layers
    .map((l) => [`${l.name} ${l.offset}+${l.length}`, ...l.fields.map((f) => `  ${f.name} ${f.offset}+${f.length}: ${f.display}`)].join('\n'))
    .join('\n');
}

/** Layers must tile [0, length) in order, each field inside its layer. */
function expectTiled(layers: Layer[], length: number): void {
  let at = 0;
  for (const layer of layers) {
    expect(layer.offset).toBe(at);
    at += layer.length;
    for (const f of layer.fields) {
      expect(f.offset).toBeGreaterThanOrEqual(layer.offset);
      expect(f.offset + f.length).toBeLessThanOrEqual(layer.offset + layer.length);
    }
  }
  expect(at).toBe(length);
}

describe('decodeFrame', () => {
  const samples = sampleFrames().map((s) => ({ ...s, bytes: encodeFrame(s.frame) }));

  it('decodes every sample frame into the golden layers and fields', () => {
    const text = samples.map((s) => `# ${s.comment}\n${render(decodeFrame(s.bytes))}\n`).join('\n');
    expect(text).toBe(golden(goldenPath('sampleFrames.golden'), text));
  });

  it('tiles each frame with layers and finds every checksum correct', () => {
    for (const { bytes } of samples) {
      const layers = decodeFrame(bytes);
      expectTiled(layers, bytes.length);
      const checksums = layers.flatMap((l) => l.fields).filter((f) => f.name.endsWith('Checksum'));
      for (const c of checksums) expect(c.display).toMatch(/\[correct\]$/);
    }
  });

  it('reports a corrupted header checksum with the value it should have', () => {
    const bytes = samples[1]!.bytes.slice();
    bytes[22] = 63; // TTL 64 -> 63 without fixing the checksum
    const ip = decodeFrame(bytes).find((l) => l.name === 'IPv4')!;
    expect(ip.fields.find((f) => f.name === 'Header Checksum')!.display).toBe('0x24a3 [incorrect, should be 0x25a3]');
  });

  it('reports a corrupted TCP payload through the TCP checksum', () => {
    const bytes = samples[7]!.bytes.slice();
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0x20;
    const tcp = decodeFrame(bytes).find((l) => l.name === 'TCP')!;
    expect(tcp.fields.find((f) => f.name === 'Checksum')!.display).toMatch(/\[incorrect, should be 0x[0-9a-f]{4}\]$/);
  });

  it('never throws on truncated frames and still tiles what it got', () => {
    for (const { bytes } of samples) {
      for (let n = 0; n <= bytes.length; n++) expectTiled(decodeFrame(bytes.subarray(0, n)), n);
    }
  });

  it('follows DNS name compression pointers', () => {
    const frame = encodeFrame({
      eth: { src: '02:42:0a:00:01:03', dst: '02:42:0a:00:01:04' },
      ip: { src: '127.0.0.11', dst: '10.0.1.3' },
      l4: { kind: 'udp', srcPort: 53, dstPort: 40000 },
      app: hexToBytes('00 2a 81 80 00 01 00 02 00 00 00 00 05 74 61 73 6b 73 03 77 65 62 00 00 01 00 01' +
        ' c0 0c 00 01 00 01 00 00 02 58 00 04 0a 00 01 03' +
        ' c0 0c 00 01 00 01 00 00 02 58 00 04 0a 00 01 04'),
    });
    const dns = decodeFrame(frame).find((l) => l.name === 'DNS')!;
    expect(dns.fields.slice(6).map((f) => `${f.name} ${f.offset}+${f.length}: ${f.display}`)).toEqual([
      'Query 54+15: tasks.web: type A, class IN',
      'Answer 69+16: tasks.web: type A, class IN, ttl 600, addr 10.0.1.3',
      'Answer 85+16: tasks.web: type A, class IN, ttl 600, addr 10.0.1.4',
    ]);
  });

  it('treats a pointer loop in a DNS name as plain data', () => {
    const frame = encodeFrame({
      eth: { src: '02:42:0a:00:01:03', dst: '02:42:0a:00:01:04' },
      ip: { src: '127.0.0.11', dst: '10.0.1.3' },
      l4: { kind: 'udp', srcPort: 53, dstPort: 40000 },
      app: hexToBytes('00 2a 81 80 00 01 00 00 00 00 00 00 c0 0c 00 01 00 01'),
    });
    expect(decodeFrame(frame).map((l) => l.name)).toEqual(['Ethernet II', 'IPv4', 'UDP', 'Data']);
  });

  it('recognises VXLAN on a configured data path port only', () => {
    const frame = { encap: 'vxlan', outer: { ...sampleUnderlay(), udp: { dstPort: 7789 } }, vni: 4097, inner: sampleFrames()[1]!.frame } as const;
    const bytes = encodeFrame(frame as Parameters<typeof encodeFrame>[0]);
    expect(decodeFrame(bytes).map((l) => l.name)).toEqual(['Ethernet II', 'IPv4', 'UDP', 'Data']);
    expect(decodeFrame(bytes, { vxlanPort: 7789 }).map((l) => l.name)).toEqual(['Ethernet II', 'IPv4', 'UDP', 'VXLAN', 'Ethernet II', 'IPv4', 'ICMP']);
  });
});

function sampleUnderlay() {
  const first = sampleFrames()[0]!.frame;
  if (!('encap' in first)) throw new Error('first sample is a VXLAN frame');
  return first.outer;
}
