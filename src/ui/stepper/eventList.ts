import ipaddr from 'ipaddr.js';
import { placeNamespace } from '../../sim/traffic/placeText';
import type { Explanation, HopAction, PacketKind, PacketTrace, Place, Trace } from '../../sim/traffic/trace';
import type { World } from '../../sim/world';
import type { StepCursor, StepFilters } from '../../store/traceSlice';

/** One row of the stepper's event list: a hop of one packet of a trace. */
export interface StepEvent {
  readonly cursor: StepCursor;
  /** 1-based number among all the trace's hops. */
  readonly n: number;
  /** Microseconds since the trace started. */
  readonly timeUs: number;
  readonly at: Place;
  /** Where the packet was at its previous hop; null at its first. */
  readonly from: Place | null;
  readonly action: HopAction;
  readonly why: Explanation;
  readonly rule: string;
  readonly direction: 'request' | 'reply';
  readonly kind: PacketKind;
  readonly outcome: 'delivered' | 'dropped';
  /** Names of the networks the event's packet travels on, sorted. */
  readonly networks: readonly string[];
}

/** `machine · namespace · iface`, leaving out empty parts. */
export function placeLabel(p: Place): string {
  return [p.machine, placeNamespace(p), p.iface].filter((x) => x !== '').join(' · ');
}

function isIpv4(v: unknown): v is string {
  return typeof v === 'string' && ipaddr.IPv4.isValidFourPartDecimal(v);
}

/** Networks a packet is on: overlays and sandboxes it crosses, and networks holding its addresses. */
export function packetNetworks(w: World, p: PacketTrace): string[] {
  const names = new Set<string>();
  const all = Object.values(w.networks);
  const ips = new Set<string>();
  for (const e of [p.summary, ...p.hops.map((h) => h.why)]) for (const v of Object.values(e.params)) if (isIpv4(v)) ips.add(v);
  for (const h of p.hops) {
    const at = h.at;
    if (at.kind === 'overlay') names.add(at.networkName);
    else if (at.kind === 'ingress-sbox') names.add('ingress');
    else if (at.kind === 'lb') names.add(w.networks[at.network]?.name ?? at.sandbox);
  }
  for (const n of all) {
    if (!n.ipam) continue;
    const range = ipaddr.IPv4.parseCIDR(n.ipam.subnet);
    for (const ip of ips) if (ipaddr.IPv4.parse(ip).match(range)) names.add(n.name);
  }
  return [...names].sort();
}

/** Every hop of every packet of `traces[index]`, in order, as event rows ([] when there is no such trace). */
export function eventList(w: World, traces: readonly Trace[], index: number): StepEvent[] {
  const trace = traces[index];
  if (!trace) return [];
  const events: StepEvent[] = [];
  trace.packets.forEach((p, packet) => {
    const networks = packetNetworks(w, p);
    p.hops.forEach((h, hop) => {
      events.push({
        cursor: { trace: index, packet, hop },
        n: events.length + 1,
        timeUs: h.timeUs,
        at: h.at,
        from: hop > 0 ? (p.hops[hop - 1]?.at ?? null) : null,
        action: h.action,
        why: h.why,
        rule: h.rule,
        direction: p.direction,
        kind: p.kind,
        outcome: p.outcome,
        networks,
      });
    });
  });
  return events;
}

/** The events the filters let through: protocol, network and outcome by packet, node by the hop's machine. */
export function filterEvents(events: readonly StepEvent[], f: StepFilters): StepEvent[] {
  return events.filter(
    (e) =>
      (f.protocol === 'all' || e.kind === f.protocol) &&
      (f.network === 'all' || e.networks.includes(f.network)) &&
      (f.node === 'all' || e.at.machine === f.node) &&
      (f.outcome === 'all' || e.outcome === f.outcome),
  );
}

export interface FilterChoices {
  readonly protocol: readonly PacketKind[];
  readonly network: readonly string[];
  readonly node: readonly string[];
}

const kindOrder: readonly PacketKind[] = ['icmp', 'dns', 'tcp', 'udp', 'http'];

/** The values each filter can take for these events (protocols in a fixed order, names sorted). */
export function filterChoices(events: readonly StepEvent[]): FilterChoices {
  const kinds = new Set(events.map((e) => e.kind));
  return {
    protocol: kindOrder.filter((k) => kinds.has(k)),
    network: [...new Set(events.flatMap((e) => e.networks))].sort(),
    node: [...new Set(events.map((e) => e.at.machine))].sort(),
  };
}

/** Whether an event sits at the cursor. */
export function isAt(e: StepEvent, c: StepCursor | null): boolean {
  return c !== null && e.cursor.trace === c.trace && e.cursor.packet === c.packet && e.cursor.hop === c.hop;
}

/**
 * The listed event `delta` steps from the cursor, clamped to the first and last. A cursor hidden by the
 * filters steps to the nearest listed event in that direction (delta 0 -> the next one, or the last).
 */
export function stepFrom(events: readonly StepEvent[], all: readonly StepEvent[], c: StepCursor | null, delta: number): StepEvent | null {
  if (events.length === 0) return null;
  const here = events.findIndex((e) => isAt(e, c));
  if (here >= 0) return events[Math.max(0, Math.min(events.length - 1, here + delta))] ?? null;
  const pos = all.findIndex((e) => isAt(e, c));
  const after = events.findIndex((e) => e.n > pos + 1);
  // base: the first listed event after the hidden cursor.
  const base = after < 0 ? events.length : after;
  const i = delta > 0 ? base + delta - 1 : base + delta;
  return events[Math.max(0, Math.min(events.length - 1, i))] ?? null;
}

/** A time since the trace start in words: `{ key: 'stepper.us', n: 263 }` or milliseconds with 3 decimals. */
export function timeLabel(us: number): { readonly key: 'stepper.us' | 'stepper.ms'; readonly n: string } {
  return us < 1000 ? { key: 'stepper.us', n: String(us) } : { key: 'stepper.ms', n: (us / 1000).toFixed(3) };
}
