/** tcpdump -XX: 16 bytes a line, `\t0x0010:  4500 0054 ...  E..T..`, printable ASCII or `.`. */
export function hexDump(b: Uint8Array): string {
  const lines: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const chunk = b.subarray(o, o + 16);
    let hex = '';
    for (let i = 0; i < chunk.length; i += 2) {
      hex += ` ${(chunk[i] ?? 0).toString(16).padStart(2, '0')}${i + 1 < chunk.length ? (chunk[i + 1] ?? 0).toString(16).padStart(2, '0') : ''}`;
    }
    const ascii = Array.from(chunk, (c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');
    lines.push(`\t0x${o.toString(16).padStart(4, '0')}: ${hex.padEnd(40)}  ${ascii}`);
  }
  return lines.join('\n');
}
