import type { World } from '../../../sim/world';
import type { CommandOutcome } from '../../types';
import { fail, ok } from '../../types';
import { hostFilter, hostMangle, hostNat } from './hostTables';
import { listTable, specTable, type Table } from './rule';

/** Which tables a namespace has: the host's, or a sandbox's (ingress_sbox, lb-<net>, a task). */
export type TablesOf = (table: string) => Table | null;

export const hostTablesOf = (w: World, machine: string): TablesOf => (t) =>
  t === 'nat' ? hostNat(w, machine) : t === 'filter' ? hostFilter(w, machine) : t === 'mangle' ? hostMangle() : null;

const version = (w: World): string => (w.profile === '29' ? 'iptables v1.8.10 (nf_tables)' : 'iptables v1.4.21');

/** What iptables says to a user who is not root. */
export function iptablesNotRoot(w: World, table: string): CommandOutcome {
  if (w.profile === '29') return fail(`${version(w)}: Could not fetch rule set generation id: Permission denied (you must be root)\n`, 4);
  return fail(`${version(w)}: can't initialize iptables table \`${table}': Permission denied (you must be root)\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3);
}

/**
 * `iptables [-t TABLE] -L [CHAIN] [-n] [-v] [-x] [--line-numbers]` and `-S [CHAIN]`, read-only: the rules
 * Docker programs. Combined short flags (`-nvL`) are split as iptables does.
 */
export function iptables(argv: readonly string[], w: World, root: boolean, tablesOf: TablesOf): CommandOutcome {
  let table = 'filter';
  let mode: 'L' | 'S' | null = null;
  let chain: string | null = null;
  let verbose = false;
  let lineNumbers = false;
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-t' || a === '--table') table = args[++i] ?? '';
    else if (a === '--line-numbers') lineNumbers = true;
    else if (a === '--list' || a === '--list-rules') mode = a === '--list' ? 'L' : 'S';
    else if (a === '--numeric' || a === '--exact') continue;
    else if (a === '--verbose') verbose = true;
    else if (/^-[nvxLS]+$/.test(a)) {
      for (const c of a.slice(1)) {
        if (c === 'v') verbose = true;
        if (c === 'L' || c === 'S') mode = c;
      }
      if (/[LS]$/.test(a) && args[i + 1] && !args[i + 1]?.startsWith('-')) chain = args[++i] ?? null;
    } else if (a.startsWith('-t') && a.length > 2) table = a.slice(2);
    else if (!a.startsWith('-') && mode !== null && chain === null) chain = a;
    else return fail(`${version(w)}: unknown option "${a}"\nTry \`iptables -h' or 'iptables --help' for more information.\n`, 2);
  }
  if (!root) return iptablesNotRoot(w, table);
  const tables = tablesOf(table);
  if (!tables) return fail(`${version(w)}: can't initialize iptables table \`${table}': Table does not exist (do you need to insmod?)\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3);
  if (mode === null) return fail(`${version(w)}: no command specified\nTry \`iptables -h' or 'iptables --help' for more information.\n`, 2);
  const chosen = chain === null ? tables : tables.filter((c) => c.name === chain);
  if (chosen.length === 0) return fail(`iptables: No chain/target/match by that name.\n`, 1);
  if (mode === 'S') return ok(specTable(chosen));
  return ok(listTable(chosen, { verbose, lineNumbers, numericProt: w.profile === '29' }));
}
