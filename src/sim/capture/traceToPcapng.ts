import { captureName, placeText } from '../traffic/placeText';
import type { Explanation, Trace } from '../traffic/trace';
export { captureName } from '../traffic/placeText';
import { writePcapng, type PcapngInterface, type PcapngPacket } from './pcapng';

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
          interfaces.push({ name, description: placeText(hop.at) });
        }
        const comment = hop.rule === '' ? describe(hop.why) : `${describe(hop.why)}\n${hop.rule}`;
        const timestampNs = BigInt(trace.startMs) * 1_000_000n + BigInt(Math.round(hop.timeUs * 1000));
        packets.push({ interface: i, timestampNs, bytes: hop.after, comment });
      }
    }
  }
  return writePcapng({ interfaces, packets });
}
