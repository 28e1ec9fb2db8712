import { dnsLookup } from '../../sim/traffic/dnsTrace';
import { UPSTREAM_RESOLVER } from '../../sim/dns/internet';
import { dnsRng, ptrName } from '../../sim/dns/resolve';
import { usesEmbeddedDns } from '../../sim/dns/resolverNetworks';
import type { DnsType } from '../../sim/packet/dns';
import type { CommandHandler } from '../types';
import { containerOf } from './containerOf';
import { utcFields } from '../../sim/calendar';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Headers of the UDP reply on the loopback: Ethernet 14 + IPv4 20 + UDP 8 bytes. */
const HEADERS = 42;

/** Pads with tabs to the next column stop (bind's master-file style: 8-wide tabs), at least one tab. */
function tabTo(text: string, start: number, stop: number): string {
  let col = start + text.length;
  let out = text + '\t';
  col = (Math.floor(col / 8) + 1) * 8;
  while (col < stop) {
    out += '\t';
    col += 8;
  }
  return out;
}

/** `dig [+short] NAME [A|AAAA|PTR]` and `dig -x ADDRESS`, as bind9's dig 9.10 prints them. */
export const dig: CommandHandler = (argv, ctx) => {
  const id = containerOf(ctx);
  const args = argv.slice(1);
  const short = args.includes('+short');
  const x = args.indexOf('-x');
  const plain = args.filter((a, i) => !a.startsWith('+') && a !== '-x' && (x < 0 || i !== x + 1) && !a.startsWith('@'));
  const types = plain.filter((a) => /^(A|AAAA|PTR)$/i.test(a)).map((a) => a.toUpperCase() as DnsType);
  const names = plain.filter((a) => !/^(A|AAAA|PTR)$/i.test(a));
  const qtype: DnsType = x >= 0 ? 'PTR' : types[0] ?? 'A';
  const qname = x >= 0 ? ptrName(args[x + 1] ?? '') : names[0] ?? '.';
  const fq = qname.endsWith('.') ? qname : `${qname}.`;
  const server = usesEmbeddedDns(ctx.world, id) ? '127.0.0.11' : UPSTREAM_RESOLVER;
  const c = ctx.world.containers[id];
  if (!c) return { stdout: '', stderr: '', exitCode: 1 };
  const lookup = dnsLookup(ctx.world, c, qname, qtype, 1, 0, dnsRng(ctx.world, `${id}:${qname}`));
  const ex = lookup.exchange;
  const traces = [{ command: argv.join(' '), startMs: ctx.world.now, packets: lookup.packets }];
  const r = ex.answer;
  const records = r.answers.map((a) => ({ ...a, data: a.type === 'PTR' ? `${a.data}.` : a.data }));
  if (short) {
    if (r.noReply) return { stdout: ';; connection timed out; no servers could be reached\n', stderr: '', exitCode: 9, traces };
    return { stdout: records.map((a) => `${a.data}\n`).join(''), stderr: '', exitCode: 0, traces };
  }
  let out = `\n; <<>> DiG 9.10.3-P4-Ubuntu <<>> ${args.join(' ')}\n;; global options: +cmd\n`;
  if (r.noReply) return { stdout: `${out};; connection timed out; no servers could be reached\n`, stderr: '', exitCode: 9, traces };
  const flags = ['qr', 'rd', ...(r.recursionAvailable ? ['ra'] : [])].join(' ');
  out += `;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: ${r.rcode}, id: ${ex.query.id}\n`;
  out += `;; flags: ${flags}; QUERY: 1, ANSWER: ${records.length}, AUTHORITY: 0, ADDITIONAL: 0\n`;
  out += `\n;; QUESTION SECTION:\n${tabTo(`;${fq}`, 0, 32)}IN\t${qtype}\n`;
  if (records.length > 0) {
    out += '\n;; ANSWER SECTION:\n';
    for (const a of records) out += `${tabTo(fq, 0, 24)}${tabTo(String(a.ttl), 24, 32)}IN\t${a.type}\t${a.data}\n`;
  }
  const now = utcFields(ctx.world.now);
  const two = (n: number) => String(n).padStart(2, '0');
  const when = `${DAYS[now.weekday]} ${MONTHS[now.month]} ${two(now.day)} ${two(now.hours)}:${two(now.minutes)}:${two(now.seconds)} UTC ${now.year}`;
  const size = (ex.responseBytes?.length ?? HEADERS) - HEADERS;
  // Simulated latency: the embedded server answers at once; a forwarded question crosses the NAT.
  out += `\n;; Query time: ${r.forwarded ? 12 : 0} msec\n;; SERVER: ${server}#53(${server})\n;; WHEN: ${when}\n;; MSG SIZE  rcvd: ${size}\n\n`;
  return { stdout: out, stderr: '', exitCode: 0, traces };
};
