/** One iptables rule: the columns `iptables -L` prints and the spec `iptables -S` prints. */
export interface Rule {
  readonly target: string;
  /** Protocol name (`all`, `tcp`, `udp`); printed as a number by nf_tables iptables (profile 29). */
  readonly prot: 'all' | 'tcp' | 'udp';
  readonly in?: string;
  readonly out?: string;
  readonly src?: string;
  readonly dst?: string;
  /** What the matches and the target print after the destination (`tcp dpt:8080 to:172.18.0.2:8080`). */
  readonly extra?: string;
  /** The rule as `-S` prints it after `-A CHAIN`. */
  readonly spec: string;
}

export interface Chain {
  readonly name: string;
  /** Built-in chains have a policy; user chains are counted by references. */
  readonly policy?: 'ACCEPT' | 'DROP';
  readonly rules: readonly Rule[];
}

export type Table = readonly Chain[];

export interface ListOptions {
  readonly verbose: boolean;
  readonly lineNumbers: boolean;
  /** nf_tables iptables (1.8.9+) prints protocol numbers (`0`, `6`, `17`). */
  readonly numericProt: boolean;
}

const pad = (s: string, n: number): string => s.padEnd(n);
const protNumber = new Map([['all', '0'], ['tcp', '6'], ['udp', '17']]);

/** An address column: the inversion slot (`!` or a space) then the address padded to 19. */
function addr(a: string | undefined): string {
  const v = a ?? '0.0.0.0/0';
  return v.startsWith('!') ? `!${pad(v.slice(1), 19)} ` : ` ${pad(v, 19)} `;
}

/** A row of `iptables -L -n`, laid out as iptables' print_firewall does (counters are passed in). */
function row(o: ListOptions, num: string, cells: { target: string; prot: string; opt: string; in: string; out: string; src: string; dst: string; extra: string }, counts: [string, string]): string {
  let s = o.lineNumbers ? `${pad(num, 4)} ` : '';
  if (o.verbose) s += `${counts[0].padStart(5)} ${counts[1].padStart(5)} `;
  s += `${pad(cells.target, 9)}  ${pad(cells.prot, 4)} ${pad(cells.opt, 3)}`;
  if (o.verbose) s += ` ${pad(cells.in, 6)} ${pad(cells.out, 6)} `;
  s += cells.src + cells.dst;
  return cells.extra === '' ? s : `${s} ${cells.extra}`;
}

/** `iptables -t TABLE -L -n [-v] [--line-numbers]`: every chain, built-in ones first, a blank line between. */
export function listTable(table: Table, o: ListOptions): string {
  // Counters are 0: the simulation decides each packet's path but keeps no netfilter counters.
  const refs = (name: string): number => table.reduce((n, c) => n + c.rules.filter((r) => r.target === name).length, 0);
  const blocks = table.map((c) => {
    const title = c.policy
      ? `Chain ${c.name} (policy ${c.policy}${o.verbose ? ' 0 packets, 0 bytes' : ''})`
      : `Chain ${c.name} (${refs(c.name)} references)`;
    const header = row(o, 'num', { target: 'target', prot: 'prot', opt: 'opt', in: 'in', out: 'out', src: ` ${pad('source', 19)} `, dst: ` ${pad('destination', 19)} `, extra: '' }, ['pkts', 'bytes']);
    const rules = c.rules.map((r, i) =>
      row(o, String(i + 1), {
        target: r.target,
        prot: o.numericProt ? (protNumber.get(r.prot) ?? r.prot) : r.prot,
        opt: '--',
        in: r.in ?? '*',
        out: r.out ?? '*',
        src: addr(r.src),
        dst: addr(r.dst),
        extra: r.extra ?? '',
      }, ['0', '0']),
    );
    return [title, header, ...rules].join('\n') + '\n';
  });
  return blocks.join('\n');
}

/** `iptables -t TABLE -S`: policies, user chains, then every rule. */
export function specTable(table: Table): string {
  const lines = [
    ...table.filter((c) => c.policy).map((c) => `-P ${c.name} ${c.policy}`),
    ...table.filter((c) => !c.policy).map((c) => `-N ${c.name}`),
    ...table.flatMap((c) => c.rules.map((r) => `-A ${c.name} ${r.spec}`)),
  ];
  return lines.join('\n') + '\n';
}
