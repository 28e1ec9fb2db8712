import type { DnsAnswer } from '../../sim/dns/resolve';

/** The server a container's stub resolver asks: the embedded one, or the host's upstream on the default bridge. */
export interface Server {
  readonly ip: string;
}

/** nslookup from bind9 (dnsutils / bind-tools): A query, or PTR for an address. */
export function bindNslookup(server: Server, name: string, ptrName: string | null, r: DnsAnswer): { text: string; exitCode: number } {
  if (r.noReply) return { text: ';; connection timed out; no servers could be reached\n\n', exitCode: 1 };
  let text = `Server:\t\t${server.ip}\nAddress:\t${server.ip}#53\n\n`;
  if (r.rcode !== 'NOERROR' || r.answers.length === 0) {
    const shown = ptrName ?? name;
    return { text: `${text}** server can't find ${shown}: ${r.rcode}\n\n`, exitCode: 1 };
  }
  text += 'Non-authoritative answer:\n';
  for (const a of r.answers) text += a.type === 'PTR' ? `${a.name}\tname = ${a.data}.\n` : `Name:\t${a.name}\nAddress: ${a.data}\n`;
  if (ptrName) text += '\nAuthoritative answers can be found from:\n';
  return { text: `${text}\n`, exitCode: 0 };
}

/** BusyBox nslookup: an A and an AAAA query (or one PTR), each reported in turn. */
export function busyboxNslookup(server: Server, name: string, replies: readonly DnsAnswer[]): { text: string; exitCode: number } {
  if (replies.some((r) => r.noReply)) return { text: ';; connection timed out; no servers could be reached\n', exitCode: 1 };
  let text = `Server:\t\t${server.ip}\nAddress:\t${server.ip}:53\n\n`;
  let failed = false;
  for (const r of replies) {
    if (r.rcode !== 'NOERROR') {
      text += `** server can't find ${name}: ${r.rcode}\n\n`;
      failed = true;
      continue;
    }
    text += 'Non-authoritative answer:\n';
    if (r.answers.length === 0) text += `*** Can't find ${name}: No answer\n`;
    for (const a of r.answers) text += a.type === 'PTR' ? `${a.name}\tname = ${a.data}\n` : `Name:\t${a.name}\nAddress: ${a.data}\n`;
    text += '\n';
  }
  return { text, exitCode: failed ? 1 : 0 };
}
