/** What tcpdump prints for one frame, decoded from its bytes (Ethernet II, IPv4, ICMP, UDP, TCP, DNS, VXLAN). */
export interface LineOptions {
  /** -e: print the link-level header. */
  readonly link: boolean;
  /** -v: print the IP header fields. */
  readonly verbose: boolean;
  /** -nn: ports as numbers (with -n alone well-known ports keep their service names). */
  readonly numericPorts: boolean;
}

const mac = (b: Uint8Array, o: number): string => Array.from(b.subarray(o, o + 6), (x) => x.toString(16).padStart(2, '0')).join(':');
const ip = (b: Uint8Array, o: number): string => Array.from(b.subarray(o, o + 4)).join('.');
const u16 = (b: Uint8Array, o: number): number => ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) * 65536 + u16(b, o + 2)) >>> 0;

const serviceNames = new Map([[53, 'domain'], [80, 'http'], [443, 'https'], [8080, 'http-alt']]);
const protoNames = new Map([[1, 'ICMP'], [6, 'TCP'], [17, 'UDP'], [50, 'ESP']]);

/** The lines of one Ethernet frame: `IP a.p > b.q: ...`, then the inner frame's line for VXLAN. */
export function decodeLine(b: Uint8Array, o: LineOptions): string {
  const type = u16(b, 12);
  const link = o.link ? `${mac(b, 6)} > ${mac(b, 0)}, ethertype IPv4 (0x${type.toString(16).padStart(4, '0')}), length ${b.length}: ` : '';
  if (type !== 0x0800) return `${o.link ? link : ''}ethertype 0x${type.toString(16).padStart(4, '0')}, length ${b.length}`;
  return link + ipLine(b, 14, o);
}

function ipLine(b: Uint8Array, at: number, o: LineOptions): string {
  const ihl = ((b[at] ?? 0x45) & 0x0f) * 4;
  const total = u16(b, at + 2);
  const proto = b[at + 9] ?? 0;
  const src = ip(b, at + 12);
  const dst = ip(b, at + 16);
  const l4 = at + ihl;
  const port = (p: number): string => (o.numericPorts ? String(p) : (serviceNames.get(p) ?? String(p)));
  const head = o.verbose
    ? `IP (tos 0x${(b[at + 1] ?? 0).toString(16)}, ttl ${b[at + 8] ?? 0}, id ${u16(b, at + 4)}, offset 0, flags [${(b[at + 6] ?? 0) & 0x40 ? 'DF' : 'none'}], proto ${protoNames.get(proto) ?? proto} (${proto}), length ${total})\n    `
    : 'IP ';
  if (proto === 1) {
    const t = b[l4] ?? 0;
    const what = t === 8 ? 'echo request' : t === 0 ? 'echo reply' : `type-#${t}`;
    return `${head}${src} > ${dst}: ICMP ${what}, id ${u16(b, l4 + 4)}, seq ${u16(b, l4 + 6)}, length ${total - ihl}`;
  }
  if (proto === 17) {
    const sp = u16(b, l4);
    const dp = u16(b, l4 + 2);
    const len = u16(b, l4 + 4) - 8;
    const ends = `${head}${src}.${port(sp)} > ${dst}.${port(dp)}: `;
    if (dp === 4789 || sp === 4789) {
      const v = l4 + 8;
      const vni = ((b[v + 4] ?? 0) << 16) | ((b[v + 5] ?? 0) << 8) | (b[v + 6] ?? 0);
      const inner = decodeLine(b.subarray(v + 8), { ...o, verbose: o.verbose });
      return `${ends}VXLAN, flags [I] (0x${(b[v] ?? 0).toString(16).padStart(2, '0')}), vni ${vni}\n${inner}`;
    }
    if (dp === 53 || sp === 53) return ends + dnsText(b, l4 + 8, len);
    return `${ends}UDP, length ${len}`;
  }
  if (proto === 6) {
    const sp = u16(b, l4);
    const dp = u16(b, l4 + 2);
    const off = ((b[l4 + 12] ?? 0) >> 4) * 4;
    const f = b[l4 + 13] ?? 0;
    const flags = [[0x02, 'S'], [0x01, 'F'], [0x08, 'P'], [0x04, 'R'], [0x10, '.']].filter(([bit]) => f & (bit as number)).map(([, c]) => c).join('');
    const len = total - ihl - off;
    const ack = f & 0x10 ? `, ack ${u32(b, l4 + 8)}` : '';
    return `${head}${src}.${port(sp)} > ${dst}.${port(dp)}: Flags [${flags}], seq ${u32(b, l4 + 4)}${ack}, win ${u16(b, l4 + 14)}, length ${len}`;
  }
  return `${head}${src} > ${dst}: ${protoNames.get(proto) ?? `ip-proto-${proto}`} ${total - ihl}`;
}

/** tcpdump's short DNS form: `4660+ A? web. (21)` for a query, `4660 1/0/0 A 10.0.1.2 (37)` for an answer. */
function dnsText(b: Uint8Array, at: number, len: number): string {
  const id = u16(b, at);
  const flags = u16(b, at + 2);
  const an = u16(b, at + 6);
  let p = at + 12;
  const labels: string[] = [];
  while ((b[p] ?? 0) !== 0 && p < at + len) {
    const n = b[p] ?? 0;
    labels.push(String.fromCharCode(...b.subarray(p + 1, p + 1 + n)));
    p += n + 1;
  }
  const qtype = u16(b, p + 1);
  const type = qtype === 1 ? 'A' : qtype === 28 ? 'AAAA' : qtype === 12 ? 'PTR' : `Type${qtype}`;
  const name = `${labels.join('.')}.`;
  if ((flags & 0x8000) === 0) return `${id}${flags & 0x0100 ? '+' : ''} ${type}? ${name} (${len})`;
  const rcode = flags & 0x0f;
  const rc = rcode === 3 ? ' NXDomain' : rcode === 2 ? ' ServFail' : '';
  const answers: string[] = [];
  let q = p + 5;
  for (let i = 0; i < an && q < at + len; i++) {
    q += (b[q] ?? 0) >= 0xc0 ? 2 : 0;
    const t = u16(b, q);
    const rdlen = u16(b, q + 8);
    if (t === 1 && rdlen === 4) answers.push(` A ${ip(b, q + 10)}`);
    q += 10 + rdlen;
  }
  return `${id}${rc} ${an}/0/0${answers.join(',')} (${len})`;
}
