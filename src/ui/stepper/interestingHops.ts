import type { HopAction, Trace } from '../../sim/traffic/trace';

/** Where a stop is in a trace: packet and hop index. */
export interface HopRef {
  readonly packet: number;
  readonly hop: number;
}

/** Decisions a learner cares about on the way there: DNS, NAT, the IPVS pick, tunnels, delivery, drops. */
const REQUEST_STOPS: ReadonlySet<HopAction> = new Set<HopAction>([
  'dns-answer', 'dns-forward', 'dnat', 'snat', 'masquerade', 'redirect', 'ipvs-schedule',
  'vxlan-encap', 'vxlan-decap', 'esp-encrypt', 'esp-decrypt', 'answer-local', 'deliver', 'drop',
]);
/** On the way back the NAT and tunnel hops mirror the request's; what is new is where the answer lands, or dies. */
const REPLY_STOPS: ReadonlySet<HopAction> = new Set<HopAction>(['deliver', 'drop', 'dns-answer']);

/**
 * The hops of a trace worth stopping at, in order: a request's DNS, NAT, IPVS, encapsulation,
 * decapsulation and delivery, a reply's arrival, and every drop. A decision already made earlier in the
 * trace (same action, same explanation and parameters, e.g. the second packet of one TCP connection
 * taking the same IPVS pick) is not a new stop; a drop always is.
 * @example a curl from the laptop to a published port on a node whose task is remote: 48 hops, 8 stops
 *   (DNAT, IPVS, SNAT, VXLAN encap, decap, REDIRECT, delivery, the answer back at the laptop).
 */
export function interestingHops(trace: Trace): HopRef[] {
  const seen = new Set<string>();
  const stops: HopRef[] = [];
  trace.packets.forEach((p, packet) => {
    const wanted = p.direction === 'request' ? REQUEST_STOPS : REPLY_STOPS;
    p.hops.forEach((h, hop) => {
      if (!wanted.has(h.action)) return;
      const key = `${h.action} ${h.why.key} ${JSON.stringify(h.why.params)}`;
      if (seen.has(key) && h.action !== 'drop') return;
      seen.add(key);
      stops.push({ packet, hop });
    });
  });
  return stops;
}

/** The next (dir 1) or previous (dir -1) stop strictly after or before `from`, or null when there is none. */
export function nextInteresting(stops: readonly HopRef[], from: HopRef, dir: 1 | -1): HopRef | null {
  const cmp = (a: HopRef) => (a.packet - from.packet) * 1e6 + (a.hop - from.hop);
  if (dir === 1) return stops.find((s) => cmp(s) > 0) ?? null;
  return [...stops].reverse().find((s) => cmp(s) < 0) ?? null;
}
