/** A tcpdump filter expression reduced to what the playground's packets need: primitives joined by `and`. */
export interface CaptureFilter {
  readonly protos: readonly ('udp' | 'tcp' | 'icmp')[];
  readonly ports: readonly number[];
  readonly hosts: readonly string[];
}

const u16 = (b: Uint8Array, o: number): number => ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0);

/** Parses `udp port 4789 and host 192.168.99.101`; null with the offending word when it cannot. */
export function parseFilter(words: readonly string[]): { filter: CaptureFilter } | { error: string } {
  const protos: ('udp' | 'tcp' | 'icmp')[] = [];
  const ports: number[] = [];
  const hosts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === 'and' || w === '&&' || w === 'src' || w === 'dst') continue;
    if (w === 'udp' || w === 'tcp' || w === 'icmp') protos.push(w);
    else if (w === 'port' && /^\d+$/.test(words[i + 1] ?? '')) ports.push(Number(words[++i]));
    else if (w === 'host' && /^\d+\.\d+\.\d+\.\d+$/.test(words[i + 1] ?? '')) hosts.push(words[++i] ?? '');
    else return { error: w };
  }
  return { filter: { protos, ports, hosts } };
}

/** Whether an Ethernet frame's outer IPv4 header passes every primitive (as the kernel's BPF program would). */
export function matches(f: CaptureFilter, b: Uint8Array): boolean {
  if (u16(b, 12) !== 0x0800) return f.protos.length === 0 && f.ports.length === 0 && f.hosts.length === 0;
  const proto = b[23] ?? 0;
  const src = Array.from(b.subarray(26, 30)).join('.');
  const dst = Array.from(b.subarray(30, 34)).join('.');
  const l4 = 14 + ((b[14] ?? 0x45) & 0x0f) * 4;
  const number = new Map([['icmp', 1], ['tcp', 6], ['udp', 17]]);
  if (!f.protos.every((p) => number.get(p) === proto)) return false;
  if (!f.hosts.every((h) => h === src || h === dst)) return false;
  const hasPorts = proto === 6 || proto === 17;
  return f.ports.every((p) => hasPorts && (u16(b, l4) === p || u16(b, l4 + 2) === p));
}
