import type { Explanation, Place, Trace } from '../traffic/trace';
import { writePcapng, type PcapngInterface, type PcapngPacket } from './pcapng';

/** A capture point's interface name: `default-2 vxlan0`, `default eth1 (underlay)`, `<container 12-hex> eth0`. */
export function captureName(p: Place): string {
  const ns = p.namespace;
  if (ns.startsWith('container:')) return `${ns.slice('container:'.length)} ${p.iface}`;
  if (ns === 'host') {
    if (p.machine === 'internet') return 'internet';
    return p.iface === 'eth1' ? `${p.machine} eth1 (underlay)` : `${p.machine} ${p.iface}`;
  }
  if (ns.startsWith('overlay:')) {
    const net = ns.slice('overlay:'.length);
    return `${p.machine} ${p.iface}${net === 'ingress' ? ' (ingress)' : ` (${net})`}`;
  }
  return p.iface === '' ? `${p.machine} ${ns}` : `${p.machine} ${ns} ${p.iface}`;
}

/**
 * Every hop of every packet as one capture: one interface per capture point, the frame as it leaves the
 * hop, timestamped from the trace's start (ms) plus the hop time (µs), commented with the explanation
 * (worded by `describe`) and the deciding rule.
 * @example tracesToPcapng(outcome.traces, describeHop)
 */
export function tracesToPcapng(traces: readonly Trace[], describe: (e: Explanation) => string): Uint8Array {
  const interfaces: PcapngInterface[] = [];
  const index = new Map<string, number>();
  const packets: PcapngPacket[] = [];
  for (const trace of traces) {
    for (const packet of trace.packets) {
      for (const hop of packet.hops) {
        const name = captureName(hop.at);
        let i = index.get(name);
        if (i === undefined) {
          i = interfaces.length;
          index.set(name, i);
          interfaces.push({ name, description: `${hop.at.machine} ${hop.at.namespace} ${hop.at.iface}`.trim() });
        }
        const comment = hop.rule === '' ? describe(hop.why) : `${describe(hop.why)}\n${hop.rule}`;
        const timestampNs = BigInt(trace.startMs) * 1_000_000n + BigInt(Math.round(hop.timeUs * 1000));
        packets.push({ interface: i, timestampNs, bytes: hop.after, comment });
      }
    }
  }
  return writePcapng({ interfaces, packets });
}
