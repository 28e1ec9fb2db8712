import { placeText } from './placeText';
import type { PacketTrace } from './trace';

/**
 * A packet's hops as text, one hop per line with its rule indented below: what tests compare and what a
 * developer reads in a console.
 * @example formatPackets(trace.packets)
 */
export function formatPackets(packets: readonly PacketTrace[]): string {
  const out: string[] = [];
  for (const p of packets) {
    out.push(`#${p.id} ${p.direction} ${p.kind} (${p.outcome}) ${p.summary.key} ${params(p.summary.params)}`);
    for (const h of p.hops) {
      const where = placeText(h.at);
      out.push(`  ${String(h.timeUs).padStart(6)}us ${where} | ${h.action} ${h.why.key} ${params(h.why.params)}`.trimEnd());
      for (const line of h.rule === '' ? [] : h.rule.split('\n')) out.push(`           ${line}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function params(p: Readonly<Record<string, string | number>>): string {
  const keys = Object.keys(p);
  return keys.length === 0 ? '' : `{${keys.map((k) => `${k}=${p[k]}`).join(', ')}}`;
}
