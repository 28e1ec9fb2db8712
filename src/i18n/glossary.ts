import { glossaryEn } from './en/glossary';
import { glossaryKo } from './ko/glossary';
import type { Locale } from './t';

/** The terms the glossary explains. */
export const glossaryIds = [
  'vxlan', 'vni', 'vtep', 'fdb', 'arp', 'ipvs', 'fwmark', 'dnat', 'snat', 'masquerade', 'conntrack', 'iptables', 'vip', 'dnsrr',
  'sandbox', 'namespace', 'bridge', 'overlay', 'underlay', 'ingress', 'routing-mesh', 'docker_gwbridge', 'gossip', 'mtu', 'esp',
  'embedded-dns', 'swarm', 'task', 'service', 'node', 'manager', 'worker', 'container', 'published-port', 'round-robin',
] as const;
export type GlossaryId = (typeof glossaryIds)[number];

/**
 * One term in one language: its name, the forms it takes in running text (`|`-separated, matched as whole
 * words; in Korean a particle may follow), and a definition a beginner can read.
 */
export interface GlossaryEntry {
  readonly term: string;
  readonly forms: string;
  readonly definition: string;
}

const glossaries: Readonly<Record<Locale, ReadonlyMap<GlossaryId, GlossaryEntry>>> = { en: glossaryEn, ko: glossaryKo };

/** A term's entry in a language, e.g. glossaryEntry('ko', 'vni').term -> 'VNI'. */
export function glossaryEntry(locale: Locale, id: GlossaryId): GlossaryEntry {
  const e = glossaries[locale].get(id) ?? glossaryEn.get(id);
  if (!e) throw new Error(`no glossary entry ${id}`);
  return e;
}

/** A piece of running text: plain, or a glossary term as written. */
export type TextPart = { readonly text: string; readonly term?: GlossaryId };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchers = new Map<Locale, { readonly re: RegExp; readonly byForm: ReadonlyMap<string, GlossaryId> }>();

function matcher(locale: Locale) {
  const known = matchers.get(locale);
  if (known) return known;
  const byForm = new Map<string, GlossaryId>();
  for (const id of glossaryIds) for (const form of glossaryEntry(locale, id).forms.split('|')) if (form !== '') byForm.set(form, id);
  // Longest forms first, so 'routing mesh' wins over 'mesh' and 'docker_gwbridge' over 'bridge'.
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A whole word: no letter, digit, '_' or '-' before it; none of those (Hangul aside: particles) after it.
  const re = new RegExp(`(?<![A-Za-z0-9_\\-가-힣])(${alternatives})(?![A-Za-z0-9_\\-])`, 'g');
  const m = { re, byForm };
  matchers.set(locale, m);
  return m;
}

/**
 * Splits text into plain parts and glossary terms; each term is marked once, at its first appearance.
 * @example findTerms('en', 'vxlan0 wraps the frame in VXLAN, VNI 4097') ->
 *   [{ text: 'vxlan0 wraps the frame in ' }, { text: 'VXLAN', term: 'vxlan' }, { text: ', ' }, { text: 'VNI', term: 'vni' }, { text: ' 4097' }]
 */
export function findTerms(locale: Locale, text: string): TextPart[] {
  const { re, byForm } = matcher(locale);
  const parts: TextPart[] = [];
  const seen = new Set<GlossaryId>();
  let at = 0;
  for (const m of text.matchAll(re)) {
    const id = byForm.get(m[1] ?? '');
    if (!id || seen.has(id) || m.index === undefined) continue;
    seen.add(id);
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ text: m[1] ?? '', term: id });
    at = m.index + (m[1]?.length ?? 0);
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
