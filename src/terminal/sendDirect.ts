import { httpFetch, ephemeralPort } from '../shell/container/net/httpFetch';
import { isIpv4, resolveHost } from '../shell/container/net/resolveHost';
import { applyChange } from '../sim/apply';
import type { Frame } from '../sim/packet/frame';
import { exchange, pingExchange } from '../sim/traffic/exchange';
import type { Plan } from '../sim/traffic/plan';
import { planFromContainer } from '../sim/traffic/planFromContainer';
import { planFromLaptop } from '../sim/traffic/planFromLaptop';
import type { PacketTrace, Trace } from '../sim/traffic/trace';
import type { World } from '../sim/world';
import type { SendRequest } from './sendRequest';

const blank = { src: '00:00:00:00:00:00', dst: '00:00:00:00:00:00' };
/** What a UDP probe carries, like `echo hello | nc -u`. */
const UDP_PAYLOAD = new TextEncoder().encode('hello\n');

/** What a directly sent packet did: its trace, and the world with IPVS positions moved on. */
export interface DirectSend {
  readonly world: World;
  readonly trace: Trace;
}

/** The trace's name: what the dialog sent, e.g. `udp web:53` (no such command runs). */
export function directCommand(r: SendRequest): string {
  return r.protocol === 'icmp' ? `icmp ${r.to}` : `${r.protocol} ${r.to}:${r.port}`;
}

/**
 * Sends one packet with the traffic engine itself, for what no tool in the sender can do: resolves the
 * name the container's way (its DNS packets come first), plans the flow and renders request and answer.
 * Null when the sender does not exist or the laptop is given a name (it has no cluster DNS).
 */
export function sendDirect(world: World, r: SendRequest): DirectSend | null {
  const to = r.to.trim();
  const c = r.from === 'laptop' ? null : world.containers[r.from];
  if (r.from !== 'laptop' && (!c || c.state !== 'running')) return null;
  if (!c && !isIpv4(to)) return null;
  const host = c ? resolveHost(world, c, to) : { ok: true as const, ip: to, packets: [] as PacketTrace[], endUs: 0 };
  const command = directCommand(r);
  if (!host.ok) return { world, trace: { command, startMs: world.now, packets: host.packets } };
  const flow = { proto: r.protocol, dst: host.ip, ...(r.protocol === 'icmp' ? {} : { dstPort: r.port }) };
  const plan: Plan = c ? planFromContainer(world, c, flow) : planFromLaptop(world, flow);
  const before = host.packets;
  const firstId = before.length + 1;
  if (r.protocol === 'tcp') {
    const srcPort = ephemeralPort(world, `${r.from}:${command}`);
    const f = httpFetch(world, plan, { dst: host.ip, dstPort: r.port, srcPort, request: { path: '/', host: `${to}:${r.port}`, headers: [] }, command, before, startUs: host.endUs });
    return { world: f.world ?? world, trace: f.trace };
  }
  const packets = r.protocol === 'icmp'
    ? pingExchange(plan, { id: 1, seq: 1, size: 56, dst: host.ip, sentAtNs: BigInt(world.now) * 1_000_000n }, firstId, host.endUs).packets
    : udpExchange(plan, host.ip, ephemeralPort(world, `${r.from}:${command}`), r.port, firstId, host.endUs);
  const kept = Object.keys(plan.cursors).length > 0 ? applyChange(world, { type: 'traffic/record', lbCursors: plan.cursors }) : null;
  return { world: kept?.ok ? kept.world : world, trace: { command, startMs: world.now, packets: [...before, ...packets] } };
}

function udpExchange(plan: Plan, dst: string, srcPort: number, dstPort: number, firstId: number, startUs: number): PacketTrace[] {
  // The engine has no ICMP port-unreachable answer yet: a refused datagram is shown going, not coming back.
  const sent = plan.verdict === 'refused' ? { ...plan, reply: [] } : plan;
  const request: Frame = { eth: blank, ip: { src: plan.srcIp, dst }, l4: { kind: 'udp', srcPort, dstPort }, app: UDP_PAYLOAD };
  return exchange(sent, firstId, 'udp', request, { kind: 'udp', srcPort: dstPort, dstPort: srcPort }, startUs, UDP_PAYLOAD).packets;
}
