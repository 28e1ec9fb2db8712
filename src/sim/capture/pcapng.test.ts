import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../packet/address';
import { benchPcapng, writePcapng } from './pcapng';

interface Block {
  type: number;
  body: DataView;
}

/** Walks pcapng blocks, checking the framing every block must have. */
function blocks(file: Uint8Array): Block[] {
  const view = new DataView(file.buffer, file.byteOffset, file.length);
  const out: Block[] = [];
  let at = 0;
  while (at < file.length) {
    const length = view.getUint32(at + 4, true);
    expect(length % 4).toBe(0);
    expect(view.getUint32(at + length - 4, true)).toBe(length);
    out.push({ type: view.getUint32(at, true), body: new DataView(file.buffer, file.byteOffset + at + 8, length - 12) });
    at += length;
  }
  expect(at).toBe(file.length);
  return out;
}

/** Option list from offset in a block body: [code, value] pairs up to opt_endofopt. */
function options(body: DataView, offset: number): [number, Uint8Array][] {
  const out: [number, Uint8Array][] = [];
  for (let at = offset; at < body.byteLength; ) {
    const code = body.getUint16(at, true);
    const length = body.getUint16(at + 2, true);
    if (code === 0) {
      expect(at + 4).toBe(body.byteLength);
      return out;
    }
    out.push([code, new Uint8Array(body.buffer, body.byteOffset + at + 4, length)]);
    at += 4 + ((length + 3) & ~3);
  }
  return out;
}
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('writePcapng', () => {
  it('writes SHB, IDB and EPB byte for byte', () => {
    const file = writePcapng({ interfaces: [{ name: 'eth0' }], packets: [{ interface: 0, timestampNs: 0x1_0000_0002n, bytes: hexToBytes('aa'), comment: 'a' }] });
    expect(bytesToHex(file)).toBe(bytesToHex(hexToBytes(
      '0a0d0d0a 40000000 4d3c2b1a 0100 0000 ffffffff ffffffff' +
      ' 0400 1b00' + bytesToHex(new TextEncoder().encode('Swarm networking playground'), '') + '00' +
      ' 00000000 40000000' +
      ' 01000000 28000000 0100 0000 00000000 0200 0400 65746830 0900 0100 09000000 00000000 28000000' +
      ' 06000000 30000000 00000000 01000000 02000000 01000000 01000000 aa000000 0100 0100 61000000 00000000 30000000',
    )));
  });

  it('describes each interface: Ethernet, no snap limit, name, description, nanosecond resolution', () => {
    const file = writePcapng({ interfaces: [{ name: 'eth0', description: 'node1 underlay' }, { name: 'vethé' }], packets: [] });
    const [shb, ...idbs] = blocks(file);
    expect(shb!.type).toBe(0x0a0d0d0a);
    expect(idbs.map((b) => b.type)).toEqual([1, 1]);
    const described = idbs.map((b) => ({
      linktype: b.body.getUint16(0, true),
      snaplen: b.body.getUint32(4, true),
      options: options(b.body, 8).map(([code, value]) => [code, code === 9 ? value[0] : text(value)]),
    }));
    expect(described).toEqual([
      { linktype: 1, snaplen: 0, options: [[2, 'eth0'], [3, 'node1 underlay'], [9, 9]] },
      { linktype: 1, snaplen: 0, options: [[2, 'vethé'], [9, 9]] },
    ]);
  });

  it('stores nanosecond timestamps from bigint or number, lengths, padded data and UTF-8 comments', () => {
    const frames = [hexToBytes('01 02 03 04 05'), hexToBytes('06 07 08 09'), new Uint8Array(0)];
    const file = writePcapng({
      interfaces: [{ name: 'a' }, { name: 'b' }],
      packets: [
        { interface: 1, timestampNs: 1_700_000_000_123_456_789n, bytes: frames[0]!, comment: 'DNS → 10.0.1.2' },
        { interface: 0, timestampNs: 2 ** 53 - 1, bytes: frames[1]! },
        { interface: 0, timestampNs: 0, bytes: frames[2]!, comment: '' },
      ],
    });
    const epbs = blocks(file).filter((b) => b.type === 6);
    const read = epbs.map(({ body }) => {
      const captured = body.getUint32(12, true);
      return {
        interface: body.getUint32(0, true),
        timestampNs: (BigInt(body.getUint32(4, true)) << 32n) | BigInt(body.getUint32(8, true)),
        captured,
        original: body.getUint32(16, true),
        data: bytesToHex(new Uint8Array(body.buffer, body.byteOffset + 20, (captured + 3) & ~3)),
        options: options(body, 20 + ((captured + 3) & ~3)).map(([code, value]) => [code, text(value)]),
      };
    });
    expect(read).toEqual([
      { interface: 1, timestampNs: 1_700_000_000_123_456_789n, captured: 5, original: 5, data: '01 02 03 04 05 00 00 00', options: [[1, 'DNS → 10.0.1.2']] },
      { interface: 0, timestampNs: 2n ** 53n - 1n, captured: 4, original: 4, data: '06 07 08 09', options: [] },
      { interface: 0, timestampNs: 0n, captured: 0, original: 0, data: '', options: [[1, '']] },
    ]);
  });

  it('rejects unknown interfaces and timestamps it cannot store exactly', () => {
    const bytes = hexToBytes('00');
    expect(() => writePcapng({ interfaces: [{ name: 'a' }], packets: [{ interface: 1, timestampNs: 0, bytes }] })).toThrow('packet 0: no interface 1');
    expect(() => writePcapng({ interfaces: [{ name: 'a' }], packets: [{ interface: 0, timestampNs: -1, bytes }] })).toThrow('timestamp must be a non-negative safe integer: -1');
    expect(() => writePcapng({ interfaces: [{ name: 'a' }], packets: [{ interface: 0, timestampNs: 2 ** 53, bytes }] })).toThrow('non-negative safe integer');
    expect(() => writePcapng({ interfaces: [{ name: 'a' }], packets: [{ interface: 0, timestampNs: 1n << 64n, bytes }] })).toThrow('timestamp out of range');
  });

  it('builds the benchmark capture: one SHB, two IDBs, one EPB per packet', () => {
    const types = blocks(benchPcapng(1000)).map((b) => b.type);
    expect(types.slice(0, 3)).toEqual([0x0a0d0d0a, 1, 1]);
    expect(types.slice(3).filter((t) => t === 6)).toHaveLength(1000);
    expect(types).toHaveLength(1003);
  });
});
