/** Interface names and packet count of a little-endian pcapng file (what the replay tests check). */
export function readPcapngSummary(bytes: Uint8Array): { interfaces: string[]; packets: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const interfaces: string[] = [];
  let packets = 0;
  for (let at = 0; at + 8 <= bytes.length;) {
    const type = view.getUint32(at, true);
    const length = view.getUint32(at + 4, true);
    if (length < 12) break;
    if (type === 1) {
      for (let o = at + 16; o + 4 <= at + length - 4;) {
        const code = view.getUint16(o, true);
        const size = view.getUint16(o + 2, true);
        if (code === 0) break;
        if (code === 2) interfaces.push(new TextDecoder().decode(bytes.subarray(o + 4, o + 4 + size)));
        o += 4 + ((size + 3) & ~3);
      }
    }
    if (type === 6) packets++;
    at += length;
  }
  return { interfaces, packets };
}
