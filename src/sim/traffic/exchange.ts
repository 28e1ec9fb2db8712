import type { Frame } from '../packet/frame';
import { pingPayload } from '../packet/icmp';
import type { TcpFlag } from '../packet/tcp';
import type { Plan } from './plan';
import { packetTrace, render } from './step';
import type { PacketKind, PacketTrace } from './trace';

/** Packets of one exchange, and the time (µs from its start) the answer reached the sender. */
export interface Exchanged {
  readonly packets: PacketTrace[];
  /** When the last packet arrived; for a flow with no answer, when the request died. */
  readonly endUs: number;
}

const blank = { src: '00:00:00:00:00:00', dst: '00:00:00:00:00:00' };

/** The server's answer to a frame as it arrived: addresses and ports swapped, new L4. */
function answerTo(arrived: Frame, l4: Frame['l4'], app?: Uint8Array): Frame {
  const ip = { src: arrived.ip.dst, dst: arrived.ip.src };
  const eth = { src: arrived.eth.dst, dst: arrived.eth.src };
  if (l4.kind === 'icmp') return { eth, ip, l4 };
  if (arrived.l4.kind === 'icmp') return { eth, ip, l4, app } as Frame;
  return { eth, ip, l4: { ...l4, srcPort: arrived.l4.dstPort, dstPort: arrived.l4.srcPort }, app } as Frame;
}

/** Renders one request and, if the plan has one, its answer. */
export function exchange(plan: Plan, firstId: number, kind: PacketKind, request: Frame, reply: Frame['l4'], startUs: number, replyApp?: Uint8Array): Exchanged {
  const there = render(plan.request, request, startUs, firstId);
  const packets = [packetTrace(firstId, kind, 'request', { key: `summary.${kind}-request`, params: { src: request.ip.src, dst: request.ip.dst } }, there)];
  if (plan.reply.length === 0) return { packets, endUs: there.endUs };
  const back = render(plan.reply, answerTo(there.frame, reply, replyApp), there.endUs, firstId + 1);
  packets.push(packetTrace(firstId + 1, kind, 'reply', { key: `summary.${kind}-reply`, params: { src: back.frame.ip.src, dst: back.frame.ip.dst } }, back));
  return { packets, endUs: back.endUs };
}

/** One ping: echo request with `size` payload bytes, echo reply. */
export function pingExchange(plan: Plan, o: { id: number; seq: number; size: number; dst: string; sentAtNs: bigint; ttl?: number }, firstId: number, startUs = 0): Exchanged {
  const payload = pingPayload(o.sentAtNs, o.size);
  const req: Frame = { eth: blank, ip: { src: plan.srcIp, dst: o.dst, ttl: o.ttl ?? 64, id: o.seq }, l4: { kind: 'icmp', type: 'echo-request', id: o.id, seq: o.seq, payload } };
  return exchange(plan, firstId, 'icmp', req, { kind: 'icmp', type: 'echo-reply', id: o.id, seq: o.seq, payload }, startUs);
}

/**
 * A TCP connection as curl makes it: SYN, then SYN-ACK (or RST when refused); when answered, the request
 * and the response. `request` and `response` are the application bytes.
 */
export function tcpExchange(plan: Plan, o: { dst: string; srcPort: number; dstPort: number; request: Uint8Array; response: Uint8Array }, firstId: number, startUs = 0): Exchanged {
  const isn = 0x1000_0000 + o.srcPort * 7919;
  const seg = (flags: TcpFlag[], seq: number, ack: number) => ({ kind: 'tcp' as const, srcPort: o.srcPort, dstPort: o.dstPort, seq, ack, flags });
  const syn: Frame = { eth: blank, ip: { src: plan.srcIp, dst: o.dst }, l4: { ...seg(['SYN'], isn, 0), mss: 1460 } };
  const refused = plan.verdict === 'refused';
  const answer = refused ? seg(['RST', 'ACK'], 0, isn + 1) : { ...seg(['SYN', 'ACK'], 0x2000_0000, isn + 1), mss: 1410 };
  const first = exchange(plan, firstId, 'tcp', syn, answer, startUs);
  if (plan.verdict !== 'answered') return first;
  const get: Frame = { eth: blank, ip: { src: plan.srcIp, dst: o.dst }, l4: seg(['PSH', 'ACK'], isn + 1, 0x2000_0001), app: o.request };
  const resp = seg(['PSH', 'ACK'], 0x2000_0001, isn + 1 + o.request.length);
  const second = exchange(plan, firstId + 2, 'http', get, resp, first.endUs, o.response);
  return { packets: [...first.packets, ...second.packets], endUs: second.endUs };
}
