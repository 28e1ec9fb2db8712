import type { Hop, HopAction } from '../../sim/traffic/trace';
import type { LessonView } from '../lesson';

/** Every hop of every packet the learner's commands sent, oldest first. */
export function allHops(v: LessonView): Hop[] {
  return v.traces.flatMap((t) => t.packets.flatMap((p) => p.hops));
}

/** Whether a packet was wrapped in VXLAN with this VNI to cross the underlay. */
export function crossedWithVni(v: LessonView, vni: number): boolean {
  return allHops(v).some((h) => h.action === 'vxlan-encap' && h.why.params.vni === vni);
}

/** Whether the embedded DNS server answered `name` with `ip` among its answers. */
export function dnsAnswered(v: LessonView, name: string, ip: string): boolean {
  return allHops(v).some((h) => {
    if (h.action !== 'dns-answer') return false;
    const asked = String(h.why.params.name ?? '').replace(/\.$/, '');
    return asked === name && String(h.why.params.answers ?? '').split(/[ ,]+/).includes(ip);
  });
}

/** The hop the stepper shows, or null. */
export function hopAtCursor(v: LessonView): Hop | null {
  const c = v.cursor;
  if (!c) return null;
  return v.traces[c.trace]?.packets[c.packet]?.hops[c.hop] ?? null;
}

/** Whether the stepper stands on a hop doing `action`. */
export function steppedTo(v: LessonView, action: HopAction): boolean {
  return hopAtCursor(v)?.action === action;
}

/** The task address IPVS picked for each command that went through a VIP, in order (one per command). */
export function ipvsPicks(v: LessonView): string[] {
  const picks: string[] = [];
  for (const t of v.traces) {
    const hop = t.packets.flatMap((p) => p.hops).find((h) => h.action === 'ipvs-schedule');
    if (hop) picks.push(String(hop.why.params.real));
  }
  return picks;
}
