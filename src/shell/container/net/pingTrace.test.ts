import { describe, expect, it } from 'vitest';
import { readPcapngSummary } from '../../../cli/readPcapngSummary';
import { describeHop } from '../../../i18n/en/hops';
import { tracesToPcapng } from '../../../sim/capture/traceToPcapng';
import { decodeFrame } from '../../../sim/packet/decode';
import type { Trace } from '../../../sim/traffic/trace';
import { harness } from '../../../testing/harness';
import { ping as laptopPing } from '../../laptop/net/ping';

/** ICMP echo seq numbers of a trace's packets, by direction, read back from their first hop's bytes. */
function echoes(traces: readonly Trace[]): { requests: string[]; replies: string[] } {
  const seqOf = (bytes: Uint8Array) => decodeFrame(bytes).flatMap((l) => l.fields.filter((f) => f.name === 'Sequence Number').map((f) => f.display.split(' ')[0] ?? '?'))[0] ?? '?';
  const packets = traces.flatMap((t) => t.packets).filter((p) => p.kind === 'icmp');
  const seqs = (dir: 'request' | 'reply') => packets.filter((p) => p.direction === dir).map((p) => seqOf(p.hops[0]?.after ?? new Uint8Array()));
  return { requests: seqs('request'), replies: seqs('reply') };
}

const pcapPackets = (traces: readonly Trace[]) => readPcapngSummary(tracesToPcapng(traces, describeHop)).packets;

describe('every echo of a ping is in its trace and in the pcapng', () => {
  it('ping -c 4 from a container: the DNS lookup, then 4 requests and 4 replies, a second apart', () => {
    const h = harness('three-node').onNode('default');
    h.run('docker network create -d overlay --attachable mynet\ndocker service create -d --name web --replicas 2 --network mynet nginx\ndocker run -dit --name c1 --network mynet alpine');
    h.run('docker exec c1 ping -c 1 web');
    const one = h.last?.traces ?? [];
    h.run('docker exec c1 ping -c 4 web');
    const four = h.last?.traces ?? [];
    expect(echoes(one)).toEqual({ requests: ['1'], replies: ['1'] });
    expect(echoes(four)).toEqual({ requests: ['1', '2', '3', '4'], replies: ['1', '2', '3', '4'] });
    const dns = four.flatMap((t) => t.packets).filter((p) => p.kind === 'dns').length;
    expect(dns).toBe(2);
    const times = four.flatMap((t) => t.packets).filter((p) => p.kind === 'icmp' && p.direction === 'request').map((p) => Math.round((p.hops[0]?.timeUs ?? 0) / 1e6));
    expect(times).toEqual([0, 1, 2, 3]);
    const dnsBlocks = pcapPackets([{ ...one[0]!, packets: one[0]!.packets.filter((p) => p.kind === 'dns') }]);
    expect(pcapPackets(four) - dnsBlocks).toBe(4 * (pcapPackets(one) - dnsBlocks));
  });

  it('a running ping interrupted after 3.5 s: its 4 echoes are in the traces the interrupt gives', () => {
    const h = harness('three-node');
    const r = laptopPing(['ping', '192.168.99.101'], { world: h.world, frame: { kind: 'laptop' }, stdin: '', tty: true });
    expect(echoes(r.traces ?? [])).toEqual({ requests: ['1'], replies: ['1'] });
    const end = r.running?.interrupt(3500);
    expect(end?.text).toMatch(/^\^C\n--- 192\.168\.99\.101 ping statistics ---\n4 packets transmitted, 4 received/);
    expect(echoes(end?.traces ?? [])).toEqual({ requests: ['1', '2', '3', '4'], replies: ['1', '2', '3', '4'] });
    const once = laptopPing(['ping', '-c', '1', '192.168.99.101'], { world: h.world, frame: { kind: 'laptop' }, stdin: '', tty: true });
    expect(pcapPackets(end?.traces ?? [])).toBe(4 * pcapPackets(once.traces ?? []));
  });
});
