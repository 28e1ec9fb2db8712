import { encodeFrame } from '../packet/frame';
import { pingPayload } from '../packet/icmp';

/** A capture interface; becomes one Interface Description Block (linktype 1, Ethernet). */
export interface PcapngInterface {
  name: string;
  description?: string;
}

/** One captured frame; becomes one Enhanced Packet Block. */
export interface PcapngPacket {
  /** Index into interfaces. */
  interface: number;
  /** Nanoseconds since the Unix epoch (if_tsresol 9). A number is exact up to 2^53 ns (about 104 days). */
  timestampNs: bigint | number;
  /** The whole Ethernet frame, without FCS. */
  bytes: Uint8Array;
  comment?: string;
}

export interface PcapngCapture {
  interfaces: PcapngInterface[];
  packets: PcapngPacket[];
}

const BLOCK_SHB = 0x0a0d0d0a;
const BLOCK_IDB = 0x00000001;
const BLOCK_EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const LINKTYPE_ETHERNET = 1;
const OPT_END = 0;
const OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const IF_TSRESOL = 9;
const TSRESOL_NANOSECONDS = 9;
const USER_APPLICATION = 'Swarm networking playground';

const utf8 = new TextEncoder();
const pad4 = (n: number) => (n + 3) & ~3;
/** Bytes an option with a value of n bytes takes: code, length, value padded to 32 bits. */
const optionSize = (n: number) => 4 + pad4(n);

/**
 * Writes a little-endian pcapng file: SHB, one IDB per interface, one EPB per packet.
 * @example writePcapng({ interfaces: [{ name: 'eth0' }], packets: [{ interface: 0, timestampNs: 0n, bytes }] })
 */
export function writePcapng(capture: PcapngCapture): Uint8Array {
  const app = utf8.encode(USER_APPLICATION);
  const shbSize = 28 + optionSize(app.length) + 4;
  const idbs = capture.interfaces.map((i) => {
    const name = utf8.encode(i.name);
    const description = i.description === undefined ? undefined : utf8.encode(i.description);
    const size = 20 + optionSize(name.length) + (description ? optionSize(description.length) : 0) + optionSize(1) + 4;
    return { name, description, size };
  });
  const comments = capture.packets.map((p) => (p.comment === undefined ? undefined : utf8.encode(p.comment)));
  let total = shbSize;
  for (const idb of idbs) total += idb.size;
  const epbSizes = capture.packets.map((p, k) => {
    const comment = comments[k];
    return 32 + pad4(p.bytes.length) + (comment ? optionSize(comment.length) + 4 : 0);
  });
  for (const size of epbSizes) total += size;

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => { view.setUint16(at, v, true); at += 2; };
  const u32 = (v: number) => { view.setUint32(at, v, true); at += 4; };
  const option = (code: number, value: Uint8Array) => {
    u16(code);
    u16(value.length);
    out.set(value, at);
    at += pad4(value.length);
  };

  u32(BLOCK_SHB);
  u32(shbSize);
  u32(BYTE_ORDER_MAGIC);
  u16(1);
  u16(0);
  // Section length -1: not specified.
  u32(0xffffffff);
  u32(0xffffffff);
  option(SHB_USERAPPL, app);
  u32(OPT_END);
  u32(shbSize);

  for (const idb of idbs) {
    u32(BLOCK_IDB);
    u32(idb.size);
    u16(LINKTYPE_ETHERNET);
    u16(0);
    // Snap length 0: no limit.
    u32(0);
    option(IF_NAME, idb.name);
    if (idb.description) option(IF_DESCRIPTION, idb.description);
    option(IF_TSRESOL, Uint8Array.of(TSRESOL_NANOSECONDS));
    u32(OPT_END);
    u32(idb.size);
  }

  capture.packets.forEach((p, k) => {
    if (!Number.isInteger(p.interface) || p.interface < 0 || p.interface >= idbs.length) {
      throw new Error(`packet ${k}: no interface ${p.interface}`);
    }
    const size = epbSizes[k] ?? 0;
    const [high, low] = splitTimestamp(p.timestampNs);
    u32(BLOCK_EPB);
    u32(size);
    u32(p.interface);
    u32(high);
    u32(low);
    u32(p.bytes.length);
    u32(p.bytes.length);
    out.set(p.bytes, at);
    at += pad4(p.bytes.length);
    const comment = comments[k];
    if (comment) {
      option(OPT_COMMENT, comment);
      u32(OPT_END);
    }
    u32(size);
  });
  return out;
}

function splitTimestamp(ns: bigint | number): [number, number] {
  if (typeof ns === 'bigint') {
    if (ns < 0n || ns >= 1n << 64n) throw new Error(`timestamp out of range: ${ns}`);
    return [Number(ns >> 32n), Number(ns & 0xffffffffn)];
  }
  if (!Number.isSafeInteger(ns) || ns < 0) throw new Error(`timestamp must be a non-negative safe integer: ${ns}`);
  return [Math.floor(ns / 0x1_0000_0000), ns % 0x1_0000_0000];
}

/** Benchmark workload: a capture of packetCount commented 98-byte ICMP echo frames 1 ms apart. */
export function benchPcapng(packetCount: number): Uint8Array {
  const bytes = encodeFrame({
    eth: { src: '02:42:0a:00:01:03', dst: '02:42:0a:00:01:04' },
    ip: { src: '10.0.1.3', dst: '10.0.1.4' },
    l4: { kind: 'icmp', type: 'echo-request', id: 1, seq: 1, payload: pingPayload(0) },
  });
  const start = 1_700_000_000_000_000_000n;
  const packets: PcapngPacket[] = [];
  for (let i = 0; i < packetCount; i++) {
    packets.push({ interface: i % 2, timestampNs: start + BigInt(i) * 1_000_000n, bytes, comment: `hop ${i}` });
  }
  return writePcapng({ interfaces: [{ name: 'eth0' }, { name: 'vxlan0', description: 'overlay mynet' }], packets });
}
