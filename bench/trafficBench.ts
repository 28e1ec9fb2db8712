import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describeHop } from '../src/i18n/en/hops';
import { tracesToPcapng } from '../src/sim/capture/traceToPcapng';
import { isServing } from '../src/sim/lookup';
import { tcpExchange } from '../src/sim/traffic/exchange';
import { planFromContainer } from '../src/sim/traffic/planFromContainer';
import type { PacketTrace, Trace } from '../src/sim/traffic/trace';
import type { Container, World } from '../src/sim/world';
import type { BenchContext } from './sections';

/** Packets per timed run. */
const SAMPLE = 10_000;
const utf8 = new TextEncoder();
const request = utf8.encode('GET / HTTP/1.1\r\nHost: svc\r\nUser-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n');
const response = utf8.encode('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');

/** A heap collector: Node's `gc` when the flag can be turned on at run time, else a no-op. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => {};
}

/** Pairs (client container, VIP) a task container and the VIP of a service on its overlay (its own: the bench world has one service per overlay). */
function vipFlows(world: World): { client: Container; vip: string }[] {
  const vips = Object.values(world.endpoints).filter((e) => e.owner.kind === 'vip');
  const flows: { client: Container; vip: string }[] = [];
  for (const t of Object.values(world.tasks)) {
    const c = t.container ? world.containers[t.container] : undefined;
    if (!c || !isServing(world, t)) continue;
    const nets = new Set(c.interfaces.map((id) => world.endpoints[id]?.network));
    const vip = vips.find((v) => nets.has(v.network));
    if (vip) flows.push({ client: c, vip: vip.ip });
  }
  return flows;
}

/** Traffic engine on the 100-node world: cross-node VIP HTTP exchanges per second, hop memory, pcapng export. */
export function trafficBench({ world, time, median }: BenchContext): void {
  const flows = vipFlows(world);
  if (flows.length === 0) throw new Error('traffic bench: no task container reaches a service VIP');
  const run = (packets: number): PacketTrace[] => {
    const out: PacketTrace[] = [];
    for (let i = 0; out.length < packets; i++) {
      const f = flows[i % flows.length] as (typeof flows)[number];
      const plan = planFromContainer(world, f.client, { proto: 'tcp', dst: f.vip, dstPort: 80 });
      out.push(...tcpExchange(plan, { dst: f.vip, srcPort: 40000 + (i % 20000), dstPort: 80, request, response }, out.length + 1).packets);
    }
    return out;
  };
  run(500);
  const samples: number[] = [];
  let packets: PacketTrace[] = [];
  for (let r = 0; r < 3; r++) {
    const t = time(() => run(SAMPLE));
    samples.push(t.ms);
    packets = t.value;
  }
  const ms = median(samples);
  const hops = packets.reduce((n, p) => n + p.hops.length, 0);
  const crossNode = packets.filter((p) => p.hops.some((h) => h.action === 'vxlan-encap')).length;
  console.log(`traffic: ${Math.round((SAMPLE / ms) * 1000).toLocaleString('en')} packets/s traced (cross-node VIP HTTP, plan + exchange; median of 3 runs of ${SAMPLE.toLocaleString('en')} packets, ${(hops / packets.length).toFixed(1)} hops/packet, ${Math.round((100 * crossNode) / packets.length)}% over VXLAN)`);

  const frames = new Set<Uint8Array>();
  for (const p of packets) for (const h of p.hops) frames.add(h.before).add(h.after);
  const frameBytes = [...frames].reduce((n, f) => n + f.byteLength, 0);
  frames.clear();
  packets.length = 0;
  const gc = collector();
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const held = run(SAMPLE);
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const heldHops = held.reduce((n, p) => n + p.hops.length, 0);
  console.log(`traffic: ${(frameBytes / hops).toFixed(0)} bytes of distinct frame data per hop; ${((heap1 - heap0) / heldHops).toFixed(0)} bytes of heap per hop held (${heldHops.toLocaleString('en')} hops)`);

  // Export cost is per hop record, so the held packets are repeated up to 10,000.
  const trace: Trace = { command: 'bench', startMs: world.now, packets: Array.from({ length: 10_000 }, (_, i) => held[i % held.length] as PacketTrace) };
  const records = trace.packets.reduce((n, p) => n + p.hops.length, 0);
  const exported = time(() => tracesToPcapng([trace], describeHop));
  console.log(`pcapng export of 10,000 packets (${records.toLocaleString('en')} hop records): ${exported.ms.toFixed(1)} ms, ${(exported.value.byteLength / 1e6).toFixed(1)} MB`);
}
